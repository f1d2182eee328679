package org.dutygraph.change;

import java.util.List;

import org.dutygraph.model.AuditRecord;
import org.dutygraph.model.Task;

/** Result of recordDelay: the task after the change and what was recorded. */
public record RecordDelayPayload(Task task, List<AuditRecord> audit) {
}
