package org.dutygraph.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dutygraph.change.ChangeQueries.Change;
import org.dutygraph.model.AuditRecord;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.NotFoundException;
import org.dutygraph.model.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Status and delay changes of a task, each in one write transaction with its audit records. The task's
 * write lock is taken before its version is compared, so concurrent editors are serialised and a stale
 * version is refused, not silently overwritten. A null expected version means "whatever is current":
 * last writer wins, but each change is still atomic and audited with the status it replaced.
 */
@Service
@Transactional
class TaskChanges {

	static final String UPDATE_TASK_STATUS = "UPDATE_TASK_STATUS";

	static final String RECORD_DELAY = "RECORD_DELAY";

	private final ChangeQueries queries;

	private final Clock clock;

	TaskChanges(ChangeQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	UpdateTaskStatusPayload updateTaskStatus(UpdateTaskStatusInput input, String who) {
		String reason = reason(input.reason());
		Task before = lock(input.taskId(), input.expectedVersion());
		Task after = write(before, input.status(), false, null);
		List<AuditRecord> audit = this.queries.writeAudit(before.id(), who, UPDATE_TASK_STATUS, reason, after.version(),
				List.of(new Change("status", before.status(), after.status())));
		return new UpdateTaskStatusPayload(after, audit);
	}

	RecordDelayPayload recordDelay(RecordDelayInput input, String who) {
		String reason = reason(input.reason());
		if (input.expectedDate() == null) {
			throw new InvalidInputException("expectedDate is required");
		}
		Task before = lock(input.taskId(), input.expectedVersion());
		Task after = write(before, "DELAYED", true, input.expectedDate());
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("expectedDate", text(before.expectedDate()), text(after.expectedDate())));
		if (!Objects.equals(before.status(), after.status())) {
			changes.add(new Change("status", before.status(), after.status()));
		}
		List<AuditRecord> audit = this.queries.writeAudit(before.id(), who, RECORD_DELAY, reason, after.version(), changes);
		return new RecordDelayPayload(after, audit);
	}


	/** Locks the task and checks the version the client read; a mismatch rolls back and writes nothing. */
	private Task lock(String taskId, Integer expectedVersion) {
		Task current = this.queries.lockTask(taskId)
			.orElseThrow(() -> new NotFoundException("no task has id " + taskId));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new ConflictException(taskId, current.version(), expectedVersion);
		}
		return current;
	}

	private Task write(Task task, String status, boolean setExpectedDate, LocalDate expectedDate) {
		return this.queries.setTaskState(task.id(), status, setExpectedDate, expectedDate, LocalDate.now(this.clock))
			.orElseThrow();
	}

	static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("a reason is required: say why, for the audit record");
		}
		return reason.strip();
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : null;
	}

}
