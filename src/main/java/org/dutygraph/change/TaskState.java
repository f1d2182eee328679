package org.dutygraph.change;

import org.dutygraph.model.AuditRecord;

import java.time.LocalDate;

/** A task's status, expected date and version at the end of a day, rebuilt from its audit records. */
public record TaskState(String taskId, LocalDate date, String status, LocalDate expectedDate, int version,
		AuditRecord lastChange) {
}
