package org.dutygraph.importer.read;

/** A file no reader can turn into a plan document; the message says why and what to do. */
public class UnreadableDocumentException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnreadableDocumentException(String message) {
		super(message);
	}

	public UnreadableDocumentException(String message, Throwable cause) {
		super(message, cause);
	}

}
