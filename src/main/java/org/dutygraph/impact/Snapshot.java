package org.dutygraph.impact;

import java.util.List;
import java.util.Map;

/**
 * The part of the graph a delay analysis needs, loaded once so that the algorithm stays pure and
 * testable. Edges may name tasks missing from {@code tasks}; those count as tasks without dates.
 *
 * @param tasks tasks by id
 * @param edges finish-to-start links
 */
public record Snapshot(Map<String, TaskNode> tasks, List<Edge> edges) {

	public Snapshot {
		tasks = Map.copyOf(tasks);
		edges = List.copyOf(edges);
	}

	TaskNode node(String id) {
		TaskNode node = this.tasks.get(id);
		return (node != null) ? node : new TaskNode(id, null, null);
	}

	boolean knows(String id) {
		return this.tasks.containsKey(id)
				|| this.edges.stream().anyMatch((e) -> e.dependentId().equals(id) || e.prerequisiteId().equals(id));
	}

}
