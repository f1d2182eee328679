package org.dutygraph.change;

import java.util.List;

import org.dutygraph.model.AuditRecord;
import org.dutygraph.model.Task;

/** Result of updateTaskStatus: the task after the change and what was recorded. */
public record UpdateTaskStatusPayload(Task task, List<AuditRecord> audit) {
}
