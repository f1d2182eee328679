package org.dutygraph.impact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The edges of a snapshot in one direction (towards dependents or towards prerequisites), with the
 * traversals the analyzer needs. Neighbours are visited in id order so every result is deterministic.
 */
final class ImpactGraph {

	private final Map<String, SortedSet<String>> next = new HashMap<>();

	private ImpactGraph(List<Edge> edges, boolean towardsDependents) {
		for (Edge edge : edges) {
			String from = towardsDependents ? edge.prerequisiteId() : edge.dependentId();
			String to = towardsDependents ? edge.dependentId() : edge.prerequisiteId();
			this.next.computeIfAbsent(from, (k) -> new TreeSet<>()).add(to);
		}
	}

	/** Prerequisite to dependents: what a delay pushes. */
	static ImpactGraph downstream(Snapshot snapshot) {
		return new ImpactGraph(snapshot.edges(), true);
	}

	/** Dependent to prerequisites: what blocks a task. */
	static ImpactGraph upstream(Snapshot snapshot) {
		return new ImpactGraph(snapshot.edges(), false);
	}

	SortedSet<String> next(String id) {
		return this.next.getOrDefault(id, Collections.emptySortedSet());
	}

	/** Breadth-first from {@code root}: every reachable id (root first) with its parent on a shortest path. */
	Map<String, String> reach(String root) {
		Map<String, String> parents = new LinkedHashMap<>();
		parents.put(root, null);
		Deque<String> queue = new ArrayDeque<>(List.of(root));
		while (!queue.isEmpty()) {
			String current = queue.removeFirst();
			for (String neighbour : next(current)) {
				if (!parents.containsKey(neighbour)) {
					parents.put(neighbour, current);
					queue.addLast(neighbour);
				}
			}
		}
		return parents;
	}

	/** The ids from the root to {@code id}, both included, along the shortest path found by {@link #reach}. */
	static List<String> via(Map<String, String> parents, String id) {
		List<String> path = new ArrayList<>();
		for (String current = id; current != null; current = parents.get(current)) {
			path.add(current);
		}
		Collections.reverse(path);
		return path;
	}

	/** Strongly connected components of the subgraph on {@code within}, sources first (Tarjan). */
	List<Set<String>> components(Set<String> within) {
		Tarjan tarjan = new Tarjan(within);
		new TreeSet<>(within).forEach((id) -> {
			if (!tarjan.index.containsKey(id)) {
				tarjan.visit(id);
			}
		});
		List<Set<String>> result = new ArrayList<>(tarjan.components);
		Collections.reverse(result);
		return result;
	}

	/** True when the component holds a cycle: more than one task, or a task that depends on itself. */
	boolean isCycle(Set<String> component) {
		String first = component.iterator().next();
		return component.size() > 1 || next(first).contains(first);
	}

	/** One cycle inside a cyclic component, in edge order, starting at its smallest id. */
	List<String> cycleIn(Set<String> component) {
		List<String> walk = new ArrayList<>();
		String current = new TreeSet<>(component).first();
		while (!walk.contains(current)) {
			walk.add(current);
			current = next(current).stream().filter(component::contains).findFirst().orElseThrow();
		}
		List<String> cycle = new ArrayList<>(walk.subList(walk.indexOf(current), walk.size()));
		String smallest = new TreeSet<>(cycle).first();
		Collections.rotate(cycle, -cycle.indexOf(smallest));
		return List.copyOf(cycle);
	}

	private final class Tarjan {

		private final Set<String> within;

		private final Map<String, Integer> index = new HashMap<>();

		private final Map<String, Integer> low = new HashMap<>();

		private final Deque<String> stack = new ArrayDeque<>();

		private final Set<String> onStack = new HashSet<>();

		private final List<Set<String>> components = new ArrayList<>();

		Tarjan(Set<String> within) {
			this.within = within;
		}

		void visit(String id) {
			this.index.put(id, this.index.size());
			this.low.put(id, this.index.get(id));
			this.stack.push(id);
			this.onStack.add(id);
			for (String neighbour : next(id)) {
				if (!this.within.contains(neighbour)) {
					continue;
				}
				if (!this.index.containsKey(neighbour)) {
					visit(neighbour);
					this.low.put(id, Math.min(this.low.get(id), this.low.get(neighbour)));
				}
				else if (this.onStack.contains(neighbour)) {
					this.low.put(id, Math.min(this.low.get(id), this.index.get(neighbour)));
				}
			}
			if (this.low.get(id).equals(this.index.get(id))) {
				pop(id);
			}
		}

		private void pop(String root) {
			Set<String> component = new TreeSet<>();
			String member;
			do {
				member = this.stack.pop();
				this.onStack.remove(member);
				component.add(member);
			}
			while (!member.equals(root));
			this.components.add(component);
		}

	}

}
