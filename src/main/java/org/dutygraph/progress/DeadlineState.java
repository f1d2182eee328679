package org.dutygraph.progress;

/** Where a task stands against its deadline on a given day; see {@link DeadlineStates#of}. */
public enum DeadlineState {

	/** Not due within the warning window, or done by the deadline. */
	ON_TRACK,
	/** Open and due within the warning window (today included). */
	DUE_SOON,
	/** Open and past its deadline. */
	OVERDUE,
	/** Done, but after its deadline. */
	DONE_LATE,
	/** No dated deadline (ongoing, recurring, undated); never late by date. */
	NO_DEADLINE

}
