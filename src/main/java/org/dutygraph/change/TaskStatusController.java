package org.dutygraph.change;

import java.time.LocalDate;
import java.util.List;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.progress.DeadlineState;
import org.dutygraph.progress.ProgressRule;
import org.dutygraph.model.AuditRecord;
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

	private final ChangeReads reads;

	private final ApiLimits limits;

	private final ProgressRule progress;

	TaskStatusController(ChangeReads reads, ApiLimits limits, ProgressRule progress) {
		this.reads = reads;
		this.limits = limits;
		this.progress = progress;
	}

	@SchemaMapping(typeName = "Task")
	DeadlineState deadlineState(Task task) {
		return this.progress.state(ProgressRule.Facts.of(task));
	}

	@QueryMapping
	OverdueReport overdueTasks(@Argument LocalDate asOf) {
		return this.reads.overdueTasks((asOf != null) ? asOf : this.progress.today());
	}

	@QueryMapping
	List<AuditRecord> history(@Argument String id) {
		return this.reads.history(this.limits.id(id));
	}

	@QueryMapping
	TaskState taskAsOf(@Argument String id, @Argument LocalDate date) {
		return this.reads.taskAsOf(this.limits.id(id), date);
	}

}
