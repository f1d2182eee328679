package org.dutygraph.importer.depend;

/** A curated reference file that breaks its format; the message names the file and the line. */
public class CuratedFileException extends RuntimeException {

	private final String fileName;

	private final int line;

	public CuratedFileException(String fileName, int line, String problem) {
		super(fileName + " line " + line + ": " + problem);
		this.fileName = fileName;
		this.line = line;
	}

	public String getFileName() {
		return this.fileName;
	}

	public int getLine() {
		return this.line;
	}

}
