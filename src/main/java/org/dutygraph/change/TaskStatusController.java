package org.dutygraph.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.impact.DeadlineState;
import org.dutygraph.impact.DeadlineStates;
import org.dutygraph.importer.ImportReport;
import org.dutygraph.model.CountByKey;
import org.dutygraph.model.Task;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Reads of task progress: the deadline state of a task (computed from what the task already carries,
 * without a database call), overdue work, audit history and a task's state on a past day.
 */
@Controller
class TaskStatusController {

	/** The warning window of DUE_SOON; the same as an agency's portfolio and the ledgers. */
	static final int DUE_SOON_DAYS = DeadlineStates.DUE_SOON_DAYS;

	private final ChangeReads reads;

	private final ApiLimits limits;

	private final Clock clock;

	TaskStatusController(ChangeReads reads, ApiLimits limits, Clock clock) {
		this.reads = reads;
		this.limits = limits;
		this.clock = clock;
	}

	@SchemaMapping(typeName = "Task")
	DeadlineState deadlineState(Task task) {
		return DeadlineStates.of(task.dueDate(), task.status(), task.doneOn(), LocalDate.now(this.clock),
				DUE_SOON_DAYS);
	}

	@QueryMapping
	OverdueReport overdueTasks(@Argument LocalDate asOf) {
		return this.reads.overdueTasks((asOf != null) ? asOf : LocalDate.now(this.clock));
	}

	@QueryMapping
	List<AuditRecord> history(@Argument String id) {
		return this.reads.history(this.limits.id(id));
	}

	@QueryMapping
	TaskState taskAsOf(@Argument String id, @Argument LocalDate date) {
		return this.reads.taskAsOf(this.limits.id(id), date);
	}

	@SchemaMapping(typeName = "ImportReport")
	List<CountByKey> nodes(ImportReport report) {
		return counts(report.nodes());
	}

	@SchemaMapping(typeName = "ImportReport")
	List<CountByKey> relationships(ImportReport report) {
		return counts(report.relationships());
	}

	private static List<CountByKey> counts(Map<String, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map((e) -> new CountByKey(e.getKey(), e.getValue()))
			.sorted(java.util.Comparator.comparing(CountByKey::key))
			.toList();
	}

}
