package org.dutygraph.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/**
 * Classifies a task against its deadline on a given day. Pure and given "today" explicitly, so callers
 * pass {@code LocalDate.now(clock)} and tests a fixed date. A deadline is inclusive: a task due on
 * 2021-04-30 and done that day is on time.
 */
public final class DeadlineStates {

	private static final Set<String> STATUSES = Set.of("NOT_STARTED", "IN_PROGRESS", "DONE", "DELAYED");

	private DeadlineStates() {
	}

	/**
	 * @param due the BY_DATE deadline, null when the task has none
	 * @param status NOT_STARTED, IN_PROGRESS, DONE or DELAYED; null counts as NOT_STARTED
	 * @param doneOn when a DONE task was finished, null if unknown (then it counts as on time)
	 * @param today the reference day
	 * @param dueSoonDays how many days before the deadline an open task is DUE_SOON (0: only on the day)
	 * @throws IllegalArgumentException for an unknown status or a negative window
	 */
	public static DeadlineState of(LocalDate due, String status, LocalDate doneOn, LocalDate today,
			int dueSoonDays) {
		Objects.requireNonNull(today, "today");
		if (dueSoonDays < 0) {
			throw new IllegalArgumentException("dueSoonDays must be zero or more, was " + dueSoonDays);
		}
		String effective = (status != null) ? status : "NOT_STARTED";
		if (!STATUSES.contains(effective)) {
			throw new IllegalArgumentException("unknown status: " + status + " (expected one of " + STATUSES + ")");
		}
		if (due == null) {
			return DeadlineState.NO_DEADLINE;
		}
		if (effective.equals("DONE")) {
			return (doneOn != null && doneOn.isAfter(due)) ? DeadlineState.DONE_LATE : DeadlineState.ON_TRACK;
		}
		if (today.isAfter(due)) {
			return DeadlineState.OVERDUE;
		}
		return (ChronoUnit.DAYS.between(today, due) <= dueSoonDays) ? DeadlineState.DUE_SOON : DeadlineState.ON_TRACK;
	}

}
