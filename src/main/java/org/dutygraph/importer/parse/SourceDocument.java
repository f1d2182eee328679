package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A plan document as a reader of its format delivered it: the blocks in reading order, the format
 * and the character encoding it was read in. Line n of the parser's input is block n, so every line
 * the parser cites has a location in the source.
 *
 * @param format the format: TEXT, HTML, DOCX or PDF
 * @param encoding the character encoding the text was decoded from (UTF-8, UTF-16LE, GBK,
 * GB18030...); for .docx and PDF the one the format prescribes
 * @param blocks the paragraphs and table rows in reading order
 * @param notes what the reader did that a reader of the report should know (pages, dropped running
 * headers, traditional characters read as simplified)
 */
public record SourceDocument(String format, String encoding, List<Block> blocks, List<String> notes) {

	public SourceDocument {
		blocks = List.copyOf(blocks);
		notes = List.copyOf(notes);
	}

	/** A decoded text file: one block a physical line, exactly as written. */
	public static SourceDocument ofText(String text, String encoding) {
		String[] lines = text.split("\r\n|\r|\n", -1);
		List<Block> blocks = new ArrayList<>(lines.length);
		for (int i = 0; i < lines.length; i++) {
			blocks.add(Block.textLine(lines[i], i + 1));
		}
		return new SourceDocument("TEXT", encoding, blocks, List.of());
	}

	/** The text the parser reads: one line a block. */
	public String text() {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < this.blocks.size(); i++) {
			if (i > 0) {
				out.append('\n');
			}
			out.append(this.blocks.get(i).text());
		}
		return out.toString();
	}

	/** The location of the parser's line n (1-based), or "line n" past the end. */
	public String location(int line) {
		return (line >= 1 && line <= this.blocks.size()) ? this.blocks.get(line - 1).location() : "line " + line;
	}

	/** The same document with other blocks (converted text) and one more note. */
	public SourceDocument withBlocks(List<Block> converted, String note) {
		List<String> all = new ArrayList<>(this.notes);
		all.add(note);
		return new SourceDocument(this.format, this.encoding, converted, all);
	}

}
