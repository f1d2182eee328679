package org.dutygraph.importer.parse;

/**
 * One physical line of the document after cleaning.
 *
 * @param number 1-based physical line number in the original file
 * @param raw the line as decoded, untouched
 * @param text the cleaned line: markdown, page footers and surrounding spaces removed
 */
record SourceLine(int number, String raw, String text) {

	boolean blank() {
		return this.text.isEmpty();
	}

	/** A tab-separated table row (TSV conversion of a PDF table). */
	boolean tableRow() {
		return this.raw.indexOf('\t') >= 0;
	}

}
