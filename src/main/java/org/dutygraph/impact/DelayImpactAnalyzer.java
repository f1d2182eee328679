package org.dutygraph.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Answers "what is affected if this task slips by n days" over an in-memory {@link Snapshot}, so that
 * the algorithm is pure and the graph queries only load data.
 *
 * <p>
 * Finish-to-start: the delayed task is projected to finish at its planned date (the recorded expected
 * date, else the deadline) plus the delay; every task downstream is projected to finish at the latest of
 * its own planned date and the projected dates of its affected prerequisites. A task <em>misses its
 * deadline</em> when its projected date is after its deadline <em>and</em> later than it would be without
 * this delay, so a zero-day delay makes nothing miss; a task already late by its own dates is reported by
 * {@link DeadlineStates}, not here. Tasks without dates get a null projection (unless a prerequisite
 * gives one) and never miss. Cycles are reported and their tasks share one projection; nothing loops.
 */
public final class DelayImpactAnalyzer {

	/**
	 * @param taskId the delayed task
	 * @param delayDays the delay asked about
	 * @param projectedDate the delayed task's new finish, null without a planned date
	 * @param missesDeadline whether the delayed task itself now misses its deadline
	 * @param affected every task downstream, once each, nearest first (then by id)
	 * @param cycles each dependency cycle met downstream, as the ids forming it in edge order
	 */
	public record Result(String taskId, int delayDays, LocalDate projectedDate, boolean missesDeadline,
			List<ImpactedTask> affected, List<List<String>> cycles) {
	}

	/**
	 * @param taskId the affected task
	 * @param via the ids from the delayed task to this one along a shortest path, both ends included
	 * @param plannedDate its projected finish without the delay
	 * @param projectedDate its projected finish with the delay, null when nothing gives it a date
	 * @param missesDeadline whether the delay makes it finish after its deadline
	 */
	public record ImpactedTask(String taskId, List<String> via, LocalDate plannedDate, LocalDate projectedDate,
			boolean missesDeadline) {
	}

	/**
	 * @param taskId the blocked task
	 * @param blockers its transitive prerequisites, nearest first; via runs from the blocked task up to the
	 * blocker
	 * @param cycles dependency cycles met upstream
	 */
	public record Upstream(String taskId, List<Blocker> blockers, List<List<String>> cycles) {
	}

	/**
	 * @param taskId a prerequisite, direct or transitive
	 * @param via the ids from the blocked task to this prerequisite, both ends included
	 * @param plannedDate the prerequisite's planned date (expected, else due), may be null
	 */
	public record Blocker(String taskId, List<String> via, LocalDate plannedDate) {
	}

	/**
	 * @throws IllegalArgumentException when the delay is negative or the task is not in the snapshot
	 */
	public Result analyze(Snapshot snapshot, String taskId, int delayDays) {
		if (delayDays < 0) {
			throw new IllegalArgumentException("delayDays must be zero or more, was " + delayDays);
		}
		requireKnown(snapshot, taskId);
		ImpactGraph graph = ImpactGraph.downstream(snapshot);
		Map<String, String> parents = graph.reach(taskId);
		List<Set<String>> order = graph.components(parents.keySet());
		Map<String, LocalDate> planned = project(snapshot, graph, order, taskId, 0);
		Map<String, LocalDate> projected = project(snapshot, graph, order, taskId, delayDays);
		List<ImpactedTask> affected = new ArrayList<>();
		for (String id : parents.keySet()) {
			if (!id.equals(taskId)) {
				affected.add(new ImpactedTask(id, ImpactGraph.via(parents, id), planned.get(id), projected.get(id),
						misses(snapshot.node(id), planned.get(id), projected.get(id))));
			}
		}
		affected.sort(Comparator.comparingInt((ImpactedTask t) -> t.via().size()).thenComparing(ImpactedTask::taskId));
		boolean rootMisses = misses(snapshot.node(taskId), planned.get(taskId), projected.get(taskId));
		return new Result(taskId, delayDays, projected.get(taskId), rootMisses, List.copyOf(affected),
				cycles(graph, order));
	}

	/**
	 * What blocks a task: its transitive prerequisites with the path to each.
	 * @throws IllegalArgumentException when the task is not in the snapshot
	 */
	public Upstream upstream(Snapshot snapshot, String taskId) {
		requireKnown(snapshot, taskId);
		ImpactGraph graph = ImpactGraph.upstream(snapshot);
		Map<String, String> parents = graph.reach(taskId);
		List<Blocker> blockers = parents.keySet()
			.stream()
			.filter((id) -> !id.equals(taskId))
			.map((id) -> new Blocker(id, ImpactGraph.via(parents, id), snapshot.node(id).plannedDate()))
			.toList();
		return new Upstream(taskId, blockers, cycles(graph, graph.components(parents.keySet())));
	}

	/** Projected finish per task, components in topological order so prerequisites come first. */
	private static Map<String, LocalDate> project(Snapshot snapshot, ImpactGraph graph, List<Set<String>> order,
			String rootId, int delayDays) {
		Map<String, LocalDate> result = new HashMap<>();
		Map<String, Set<String>> componentOf = new HashMap<>();
		order.forEach((c) -> c.forEach((id) -> componentOf.put(id, c)));
		Map<String, List<String>> prerequisites = new HashMap<>();
		componentOf.keySet()
			.forEach((p) -> graph.next(p)
				.stream()
				.filter(componentOf::containsKey)
				.forEach((d) -> prerequisites.computeIfAbsent(d, (k) -> new ArrayList<>()).add(p)));
		for (Set<String> component : order) {
			LocalDate latest = null;
			for (String id : component) {
				latest = later(latest, ownDate(snapshot.node(id), rootId, delayDays));
				for (String p : prerequisites.getOrDefault(id, List.of())) {
					latest = component.contains(p) ? latest : later(latest, result.get(p));
				}
			}
			for (String id : component) {
				result.put(id, latest);
			}
		}
		return result;
	}

	private static LocalDate ownDate(TaskNode node, String rootId, int delayDays) {
		LocalDate planned = node.plannedDate();
		if (planned == null || !node.id().equals(rootId)) {
			return planned;
		}
		return planned.plusDays(delayDays);
	}

	private static boolean misses(TaskNode node, LocalDate planned, LocalDate projected) {
		if (node.dueDate() == null || projected == null || Objects.equals(planned, projected)) {
			return false;
		}
		return projected.isAfter(node.dueDate()) && (planned == null || projected.isAfter(planned));
	}

	private static List<List<String>> cycles(ImpactGraph graph, List<Set<String>> components) {
		return components.stream().filter(graph::isCycle).map(graph::cycleIn).toList();
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return (b == null || !b.isAfter(a)) ? a : b;
	}

	private static void requireKnown(Snapshot snapshot, String taskId) {
		if (!snapshot.knows(taskId)) {
			throw new IllegalArgumentException("unknown task: " + taskId);
		}
	}

}
