package org.dutygraph.impact;

import java.time.LocalDate;

/**
 * A task as the delay analysis sees it: only its dates.
 *
 * @param id the task id
 * @param dueDate the BY_DATE deadline, null when the task has none
 * @param expectedDate the date a recorded delay moved it to, null when none was recorded
 */
public record TaskNode(String id, LocalDate dueDate, LocalDate expectedDate) {

	/** When the task is expected to finish before any new delay: the recorded date, else the deadline. */
	public LocalDate plannedDate() {
		return (this.expectedDate != null) ? this.expectedDate : this.dueDate;
	}

}
