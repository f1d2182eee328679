package org.dutygraph.importer.depend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Derives DEPENDS_ON edges between tasks of the same plan from the text alone (seed-domain §7.3–7.4), so
 * that the delay impact has edges before anyone curates them. Pure: no Spring, no graph.
 *
 * <p>
 * Rules, in order of precedence when two find the same pair: RESULT_CUE (根据/按照 …结果/情况/清单 and
 * 修订…绩效分级…清单), GATING (在…前, 整改完成前不得, …完成后再) and SAME_PLAN_REDUCTION (结合重点工程任务，分解减排任务).
 * Prerequisites are always body tasks (never annex table rows); dependents may be either. No task
 * depends on itself, a pair appears once, and the output is sorted by document, line and ids.
 */
public final class DependencyRules {

	private static final Pattern REDUCTION = Pattern.compile("结合重点工程任务[，,]?\\s*分解减排");

	private static final Comparator<Dependency> ORDER = Comparator.comparing(Dependency::documentId)
		.thenComparingInt(Dependency::line)
		.thenComparing(Dependency::dependentId)
		.thenComparing(Dependency::prerequisiteId);

	private final ResultCueRule resultCues = new ResultCueRule();

	private final GatingRule gating = new GatingRule();

	/** Same as {@link #derive(List, List)} without key-project tasks. */
	public List<Dependency> derive(List<TaskRef> tasks) {
		return derive(tasks, List.of());
	}

	/**
	 * Every rule-derived dependency among the given tasks, which may span several plans; edges only join
	 * tasks of the same plan.
	 * @param tasks the tasks of one plan or document
	 * @param keyProjectTaskIds the tasks the plan's key projects (重点工程) implement; a reduction task
	 * (结合重点工程任务，分解减排任务指标) depends on each of them
	 */
	public List<Dependency> derive(List<TaskRef> tasks, List<String> keyProjectTaskIds) {
		Map<String, List<TaskRef>> byPlan = new LinkedHashMap<>();
		tasks.forEach((t) -> byPlan.computeIfAbsent(t.planId(), (k) -> new ArrayList<>()).add(t));
		Map<String, Dependency> unique = new LinkedHashMap<>();
		for (List<TaskRef> plan : byPlan.values()) {
			for (TaskRef task : plan) {
				resultCues.derive(task, plan).forEach((d) -> unique.putIfAbsent(d.key(), d));
				gating.derive(task, plan).forEach((d) -> unique.putIfAbsent(d.key(), d));
				reduction(task, tasks, keyProjectTaskIds).forEach((d) -> unique.putIfAbsent(d.key(), d));
			}
		}
		return unique.values()
			.stream()
			.filter((d) -> !d.dependentId().equals(d.prerequisiteId()))
			.sorted(ORDER)
			.toList();
	}

	private static List<Dependency> reduction(TaskRef task, List<TaskRef> all, List<String> keyProjectTaskIds) {
		Matcher cue = REDUCTION.matcher(task.text());
		if (keyProjectTaskIds.isEmpty() || !cue.find()) {
			return List.of();
		}
		Set<String> otherPlans = all.stream()
			.filter((t) -> !t.planId().equals(task.planId()))
			.map(TaskRef::id)
			.collect(Collectors.toSet());
		String evidence = CueText.sentenceAt(task.text(), cue.start());
		return keyProjectTaskIds.stream()
			.distinct()
			.filter((id) -> !id.equals(task.id()) && !otherPlans.contains(id))
			.map((id) -> new Dependency(task.id(), id, Dependency.RULE, Dependency.SAME_PLAN_REDUCTION,
					"splits the reduction targets over the key projects, so it waits for the tasks they implement",
					evidence, task.documentId(), task.line()))
			.toList();
	}

}
