package org.dutygraph.importer.parse;

import java.util.List;

/**
 * One block of a plan document as its reader found it: a paragraph line or a table row with its
 * cells. Paragraphs and table rows stay apart whatever the format: the parser sees a table row as a
 * tab-separated line and a paragraph never holds a tab.
 *
 * @param kind paragraph or table row
 * @param text the line the parser reads: the paragraph, or the cells joined by tabs
 * @param cells the table cells (a paragraph: its text as the one cell)
 * @param location where the block sits in the source, for citations: "line 12", "page 3",
 * "table 2, row 5", "paragraph 17"
 */
public record Block(Kind kind, String text, List<String> cells, String location) {

	/** What a block is. */
	public enum Kind {

		PARAGRAPH, TABLE_ROW

	}

	/** A paragraph line; tabs and line breaks inside it become spaces. */
	public static Block paragraph(String text, String location) {
		String line = oneLine(text);
		return new Block(Kind.PARAGRAPH, line, List.of(line), location);
	}

	/** A table row; tabs and line breaks inside a cell become spaces. */
	public static Block row(List<String> cells, String location) {
		List<String> clean = cells.stream().map(Block::oneLine).toList();
		String text = String.join("\t", clean);
		if (clean.size() < 2) {
			text = text + "\t";
		}
		return new Block(Kind.TABLE_ROW, text, clean, location);
	}

	/** A line of a text file, kept exactly as written (a tab-separated line is a table row). */
	public static Block textLine(String line, int number) {
		boolean row = line.indexOf('\t') >= 0;
		return new Block(row ? Kind.TABLE_ROW : Kind.PARAGRAPH, line,
				row ? List.of(line.split("\t", -1)) : List.of(line), "line " + number);
	}

	public boolean blank() {
		return this.text.isBlank();
	}

	private static String oneLine(String text) {
		return text == null ? "" : text.replaceAll("[\\t\\r\\n\\u000B\\f\\u2028\\u2029]+", " ").strip();
	}

}
