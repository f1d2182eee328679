package org.dutygraph.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three views of progress agree on every seed task with the clock fixed at 2022-09-01: a task's
 * {@code deadlineState}, the {@code byDeadlineState} counts of each agency's portfolio, and the tasks
 * {@code overdueTasks} lists. The first overdue task is marked DONE first, so that a
 * finished task is among them: done after its deadline, it is DONE_LATE in every view.
 */
class ProgressAgreementIT extends IntegrationTestSupport {

	static final ParameterizedTypeReference<List<Map<String, Object>>> ROWS = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void taskStatesPortfoliosAndTheOverdueReportAgreeOnEverySeedTask() {
		String finished = firstOverdueTask();
		markDone(finished);
		Map<String, Map<String, Object>> tasks = allTasks();
		assertThat(tasks).hasSizeGreaterThan(500);
		assertThat(tasks.get(finished).get("deadlineState")).isEqualTo("DONE_LATE");

		Map<String, Map<String, Integer>> expected = new TreeMap<>();
		for (Map<String, Object> task : tasks.values()) {
			String state = (String) task.get("deadlineState");
			agencyIds(task).forEach((a) -> expected.computeIfAbsent(a, (k) -> new TreeMap<>()).merge(state, 1, Integer::sum));
		}
		assertThat(portfolios()).isEqualTo(expected);

		TreeSet<String> overdue = new TreeSet<>();
		tasks.values().stream().filter((t) -> "OVERDUE".equals(t.get("deadlineState"))).forEach((t) -> overdue.add((String) t.get("id")));
		var report = this.graphQl.document("{ overdueTasks { total byAgency { tasks { id deadlineState } } } }").execute();
		report.path("overdueTasks.total").entity(Integer.class).isEqualTo(overdue.size());
		TreeSet<String> listed = new TreeSet<>();
		report.path("overdueTasks.byAgency[*].tasks[*]").entityList(Map.class).get().forEach((t) -> {
			assertThat(t.get("deadlineState")).isEqualTo("OVERDUE");
			listed.add((String) t.get("id"));
		});
		assertThat(overdue).containsAll(listed).doesNotContain(finished);
		assertThat(expected.values().stream().mapToInt((m) -> m.getOrDefault("DONE_LATE", 0)).sum()).isPositive();
	}

	private String firstOverdueTask() {
		return allTasks().values()
			.stream()
			.filter((t) -> "OVERDUE".equals(t.get("deadlineState")))
			.map((t) -> (String) t.get("id"))
			.findFirst()
			.orElseThrow();
	}

	private void markDone(String taskId) {
		this.graphQl.mutate()
			.headers((h) -> h.setBasicAuth(EDITOR, PASSWORD))
			.build()
			.document("mutation($id: ID!) { updateTaskStatus(input: {taskId: $id, status: DONE, reason: \"验收完成\"}) { task { status } } }")
			.variable("id", taskId)
			.execute()
			.path("updateTaskStatus.task.status")
			.entity(String.class)
			.isEqualTo("DONE");
	}

	/** Every task by id, with its state and the ids of the agencies responsible for it. */
	private Map<String, Map<String, Object>> allTasks() {
		Map<String, Map<String, Object>> tasks = new TreeMap<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.document("""
					query($after: String) { tasks(first: 200, after: $after) {
					  pageInfo { hasNextPage endCursor }
					  edges { node { id deadlineState responsibilities { agency { id } } } } } }""")
				.variable("after", after)
				.execute();
			page.path("tasks.edges[*].node").entity(ROWS).get().forEach((t) -> tasks.put((String) t.get("id"), t));
			more = page.path("tasks.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("tasks.pageInfo.endCursor").entity(String.class).get();
		}
		return tasks;
	}

	@SuppressWarnings("unchecked")
	private static List<String> agencyIds(Map<String, Object> task) {
		List<String> ids = new ArrayList<>();
		for (Map<String, Object> r : (List<Map<String, Object>>) task.get("responsibilities")) {
			String id = (String) ((Map<String, Object>) r.get("agency")).get("id");
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** Every agency with tasks: its byDeadlineState counts. */
	@SuppressWarnings("unchecked")
	private Map<String, Map<String, Integer>> portfolios() {
		Map<String, Map<String, Integer>> portfolios = new TreeMap<>();
		String after = null;
		boolean more = true;
		while (more) {
			var page = this.graphQl.document("""
					query($after: String) { agencies(first: 200, after: $after) {
					  pageInfo { hasNextPage endCursor }
					  edges { node { id portfolio { byDeadlineState { key count } } } } } }""")
				.variable("after", after)
				.execute();
			for (Map<String, Object> agency : page.path("agencies.edges[*].node").entity(ROWS).get()) {
				Map<String, Integer> counts = new HashMap<>();
				Map<String, Object> portfolio = (Map<String, Object>) agency.get("portfolio");
				for (Map<String, Object> c : (List<Map<String, Object>>) portfolio.get("byDeadlineState")) {
					counts.put((String) c.get("key"), ((Number) c.get("count")).intValue());
				}
				if (!counts.isEmpty()) {
					portfolios.put((String) agency.get("id"), new TreeMap<>(counts));
				}
			}
			more = page.path("agencies.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = page.path("agencies.pageInfo.endCursor").entity(String.class).get();
		}
		return portfolios;
	}

}
