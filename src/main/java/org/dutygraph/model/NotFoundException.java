package org.dutygraph.model;

/** A client named something that does not exist: the message says what, and is shown to the client. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
