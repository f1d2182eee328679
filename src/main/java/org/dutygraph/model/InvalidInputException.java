package org.dutygraph.model;

/** A client asked for something malformed: the message says what, and is shown to the client. */
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}
