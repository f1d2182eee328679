package org.dutygraph.change;

import java.time.LocalDate;

/** Input of recordDelay; a null expectedVersion applies the change to the current version. */
public record RecordDelayInput(String taskId, LocalDate expectedDate, String reason, Integer expectedVersion) {
}
