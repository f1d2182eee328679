package org.dutygraph.graph;

import java.nio.file.Path;

/**
 * Recognises the start-up failure of a store whose transaction log ends in bytes that do not form a
 * transaction: a write cut short by a full disk, a read-only folder or a crash. That transaction was
 * never committed (its commit failed), so dropping it loses nothing that was acknowledged; Neo4j does
 * it on request and keeps the dropped bytes in a {@code corrupted-*.zip} beside the log.
 */
final class LogTail {

	static final String PROPERTY = "dutygraph.neo4j.embedded.repair-log-tail";

	private LogTail() {
	}

	static boolean isUnreadableTail(Throwable failure) {
		for (Throwable t = failure; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("Unreadable bytes are encountered")
					|| message.contains("Error reading transaction logs, recovery not possible")
					|| t.getClass().getSimpleName().contains("Corrupted")) {
				return true;
			}
		}
		return false;
	}

	static String advice(Path home, String cause) {
		return "The transaction log in " + home.resolve("data/transactions")
				+ " ends in a write that was cut short (a full disk, a read-only folder or a crash): " + cause
				+ ". Once there is free space, start once with --" + PROPERTY
				+ "=true to drop that unfinished transaction (committed data is kept)";
	}

}
