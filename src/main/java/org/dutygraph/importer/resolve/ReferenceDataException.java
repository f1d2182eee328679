package org.dutygraph.importer.resolve;

/**
 * A reference-data file is missing or malformed. The message names the file, the line and the column, so a
 * curator can fix the row without reading Java.
 */
public class ReferenceDataException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	ReferenceDataException(String message) {
		super(message);
	}

	ReferenceDataException(String message, Throwable cause) {
		super(message, cause);
	}

	static ReferenceDataException at(String file, int line, String column, String problem) {
		return new ReferenceDataException(file + " line " + line + ", column " + column + ": " + problem);
	}

}
