package org.dutygraph.change;

/**
 * An update named a version the task is no longer at: someone else changed it in between. Nothing was
 * written; the client should reload and try again.
 */
public class ConflictException extends RuntimeException {

	private final long currentVersion;

	public ConflictException(String taskId, long currentVersion, long sentVersion) {
		super("task " + taskId + " was changed by someone else: it is at version " + currentVersion + ", you sent "
				+ sentVersion + "; reload and try again");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
