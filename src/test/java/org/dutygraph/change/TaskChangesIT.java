package org.dutygraph.change;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** Status and delay changes of a task: audited, versioned, and readable as they stood on a past day. */
class TaskChangesIT extends ChangeTestSupport {

	static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Test
	void anUntouchedTaskIsNotStartedAtVersionZeroAndItsDeadlineStateComesFromTheFixedClock() {
		this.graphQl.documentName("taskStatus")
			.variable("id", WATER_10)
			.execute()
			.path("task.status")
			.entity(String.class)
			.isEqualTo("NOT_STARTED")
			.path("task.version")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("task.expectedDate")
			.valueIsNull()
			.path("task.dueDate")
			.entity(String.class)
			.isEqualTo("2022-10-31")
			.path("task.deadlineState")
			.entity(String.class)
			.isEqualTo("ON_TRACK");
	}

	@Test
	void aStatusChangeIsAuditedWithWhoOldNewAndReasonAndShowsInHistoryNewestFirst() {
		int version = version(WATER_8);
		String before = this.graphQl.documentName("taskStatus").variable("id", WATER_8).execute()
			.path("task.status").entity(String.class).get();
		Map<String, Object> audit = editor().documentName("updateTaskStatus")
			.variable("input", Map.of("taskId", WATER_8, "status", "IN_PROGRESS", "reason", "管网开工",
					"expectedVersion", version))
			.execute()
			.path("updateTaskStatus.task.status")
			.entity(String.class)
			.isEqualTo("IN_PROGRESS")
			.path("updateTaskStatus.task.version")
			.entity(Integer.class)
			.isEqualTo(version + 1)
			.path("updateTaskStatus.audit")
			.entityList(MAP)
			.hasSize(1)
			.get()
			.get(0);
		assertThat(audit).containsEntry("subjectId", WATER_8)
			.containsEntry("who", EDITOR)
			.containsEntry("action", "UPDATE_TASK_STATUS")
			.containsEntry("field", "status")
			.containsEntry("oldValue", before)
			.containsEntry("newValue", "IN_PROGRESS")
			.containsEntry("reason", "管网开工")
			.containsEntry("version", version + 1);
		editor().documentName("recordDelay")
			.variable("input", Map.of("taskId", WATER_8, "expectedDate", "2023-03-31", "reason", "冬季停工",
					"expectedVersion", version + 1))
			.execute()
			.path("recordDelay.task.status")
			.entity(String.class)
			.isEqualTo("DELAYED")
			.path("recordDelay.task.expectedDate")
			.entity(String.class)
			.isEqualTo("2023-03-31")
			.path("recordDelay.audit[*].field")
			.entityList(String.class)
			.containsExactly("expectedDate", "status")
			.path("recordDelay.audit[*].newValue")
			.entityList(String.class)
			.containsExactly("2023-03-31", "DELAYED")
			.path("recordDelay.audit[1].oldValue")
			.entity(String.class)
			.isEqualTo("IN_PROGRESS");
		List<Map<String, Object>> history = this.graphQl.documentName("history")
			.variable("id", WATER_8)
			.execute()
			.path("history")
			.entityList(MAP)
			.get();
		assertThat(history).extracting((h) -> h.get("reason")).startsWith("冬季停工", "冬季停工", "管网开工");
		assertThat(history).extracting((h) -> (String) h.get("at")).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(task(WATER_8).get("version").asInt()).isEqualTo(version + 2);
	}

	@Test
	void taskAsOfAnEarlierDayIsTheStateBeforeAnyChangeAndAsOfTodayTheLatest() {
		editor().documentName("recordDelay")
			.variable("input", Map.of("taskId", WATER_11, "expectedDate", "2023-06-30", "reason", "审批延期"))
			.execute()
			.path("recordDelay.task.status")
			.entity(String.class)
			.isEqualTo("DELAYED");
		this.graphQl.documentName("taskAsOf")
			.variable("id", WATER_11)
			.variable("date", TODAY.minusDays(1).toString())
			.execute()
			.path("taskAsOf.status")
			.entity(String.class)
			.isEqualTo("NOT_STARTED")
			.path("taskAsOf.version")
			.entity(Integer.class)
			.isEqualTo(0)
			.path("taskAsOf.expectedDate")
			.valueIsNull()
			.path("taskAsOf.lastChange")
			.valueIsNull();
		int now = version(WATER_11);
		this.graphQl.documentName("taskAsOf")
			.variable("id", WATER_11)
			.variable("date", TODAY.toString())
			.execute()
			.path("taskAsOf.status")
			.entity(String.class)
			.isEqualTo("DELAYED")
			.path("taskAsOf.expectedDate")
			.entity(String.class)
			.isEqualTo("2023-06-30")
			.path("taskAsOf.version")
			.entity(Integer.class)
			.isEqualTo(now)
			.path("taskAsOf.lastChange.reason")
			.entity(String.class)
			.isEqualTo("审批延期");
	}

	@Test
	void aStaleVersionIsAConflictThatSaysWhatToDoAndWritesNothing() {
		int version = version(WATER_8);
		editor().documentName("updateTaskStatus")
			.variable("input", Map.of("taskId", WATER_8, "status", "IN_PROGRESS", "reason", "先到", "expectedVersion",
					version))
			.execute();
		Map<String, Object> before = snapshot(WATER_8);
		editor().documentName("updateTaskStatus")
			.variable("input", Map.of("taskId", WATER_8, "status", "DONE", "reason", "后到", "expectedVersion",
					version))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo("task " + WATER_8
						+ " was changed by someone else: it is at version " + (version + 1) + ", you sent " + version
						+ "; reload and try again");
				assertThat(error.getExtensions()).containsEntry("code", "CONFLICT")
					.containsEntry("currentVersion", version + 1);
			}));
		assertThat(snapshot(WATER_8)).isEqualTo(before);
	}

	@Test
	void anOverdueTaskLeavesTheReportWhenDoneAndIsThenDoneLate() {
		var overdue = this.graphQl.documentName("overdueTasks").execute();
		overdue.path("overdueTasks.asOf").entity(String.class).isEqualTo("2022-09-01");
		List<Map<String, Object>> byAgency = overdue.path("overdueTasks.byAgency").entityList(MAP).get();
		List<Map<String, Object>> byTownship = overdue.path("overdueTasks.byTownship").entityList(MAP).get();
		assertThat(byAgency).isNotEmpty().allSatisfy((g) -> assertThat(g.get("count")).isEqualTo(tasks(g).size()));
		assertThat(byTownship).isNotEmpty().allSatisfy((g) -> assertThat(g.get("count")).isEqualTo(tasks(g).size()));
		assertThat(byAgency).flatExtracting(TaskChangesIT::tasks)
			.allSatisfy((t) -> assertThat(t.get("deadlineState")).isEqualTo("OVERDUE"));
		assertThat(groupsOf(byAgency, "agency", WATER_9)).singleElement().asString().contains("中村镇");
		assertThat(groupsOf(byTownship, "township", WATER_9)).containsExactly("中村镇");
		int total = overdue.path("overdueTasks.total").entity(Integer.class).get();
		this.graphQl.documentName("overdueTasks").variable("asOf", "2000-01-01").execute()
			.path("overdueTasks.total").entity(Integer.class).isEqualTo(0);

		editor().documentName("updateTaskStatus")
			.variable("input", Map.of("taskId", WATER_9, "status", "DONE", "reason", "已完工"))
			.execute()
			.path("updateTaskStatus.task.deadlineState")
			.entity(String.class)
			.isEqualTo("DONE_LATE");
		this.graphQl.documentName("overdueTasks").execute()
			.path("overdueTasks.total").entity(Integer.class).isEqualTo(total - 1);
		editor().documentName("updateTaskStatus")
			.variable("input", Map.of("taskId", WATER_9, "status", "NOT_STARTED", "reason", "恢复测试前状态"))
			.execute()
			.path("updateTaskStatus.task.deadlineState")
			.entity(String.class)
			.isEqualTo("OVERDUE");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> tasks(Map<String, Object> group) {
		return (List<Map<String, Object>>) group.get("tasks");
	}

	/** Names of the groups (agencies, townships) that list the task. */
	@SuppressWarnings("unchecked")
	static List<Object> groupsOf(List<Map<String, Object>> groups, String key, String taskId) {
		return groups.stream()
			.filter((g) -> tasks(g).stream().anyMatch((t) -> taskId.equals(t.get("id"))))
			.map((g) -> ((Map<String, Object>) g.get(key)).get("name"))
			.toList();
	}

	int version(String id) {
		return this.graphQl.documentName("taskStatus").variable("id", id).execute()
			.path("task.version").entity(Integer.class).get();
	}

}
