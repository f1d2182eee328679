package org.dutygraph.graph;

/**
 * A start-up problem the operator can fix by configuration. The message says what is wrong and
 * which property fixes it, in one line; {@link StartupCheckFailureAnalyzer} prints it without a
 * stack trace.
 */
public class StartupCheckException extends RuntimeException {

	private final String property;

	public StartupCheckException(String message, String property, Throwable cause) {
		super(message, cause);
		this.property = property;
	}

	public StartupCheckException(String message, String property) {
		this(message, property, null);
	}

	/** The property (or properties) that fix the problem. */
	public String property() {
		return this.property;
	}

}
