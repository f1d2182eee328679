package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins physical lines into paragraphs. Two layouts occur: one line per paragraph with blank lines
 * inserted at page breaks mid-sentence (join when the left line does not end a sentence), and
 * hard-wrapped text (~27 characters a line, blank lines between all lines: a paragraph ends only
 * at a short line or before a heading or task number). Brackets still open always continue.
 */
final class ParagraphBuilder {

	private static final int MIN_LINES_FOR_WRAP_DETECTION = 40;

	/** Brackets are far shorter; looking further back would make joining quadratic. */
	private static final int BRACKET_WINDOW = 400;

	private final boolean hardWrapped;

	private final int shortWidth;

	private final BracketScanner scanner = new BracketScanner();

	ParagraphBuilder(boolean hardWrapped, int wrapWidth) {
		this.hardWrapped = hardWrapped;
		this.shortWidth = wrapWidth - 8;
	}

	/** Detects the layout from the widths of the document's lines. */
	static ParagraphBuilder forDocument(List<SourceLine> lines) {
		int[] widths = lines.stream()
			.filter(l -> !l.blank() && !l.tableRow())
			.mapToInt(l -> TextNormalizer.displayWidth(l.text()))
			.sorted()
			.toArray();
		if (widths.length < MIN_LINES_FOR_WRAP_DETECTION) {
			return new ParagraphBuilder(false, Integer.MAX_VALUE);
		}
		int wrap = widths[(int) (widths.length * 0.9)];
		long full = Arrays.stream(widths).filter(w -> w >= wrap * 0.8).count();
		boolean hard = wrap <= 100 && full * 2 >= widths.length;
		return new ParagraphBuilder(hard, hard ? wrap : Integer.MAX_VALUE);
	}

	boolean hardWrapped() {
		return this.hardWrapped;
	}

	/** Paragraphs of the lines numbered from..to (inclusive). Table rows become one paragraph each. */
	List<Paragraph> build(List<SourceLine> lines, int from, int to) {
		List<Paragraph> paragraphs = new ArrayList<>();
		Paragraph.Builder current = new Paragraph.Builder();
		boolean currentIsTable = false;
		for (int n = Math.max(1, from); n <= Math.min(to, lines.size()); n++) {
			SourceLine line = lines.get(n - 1);
			if (line.blank()) {
				continue;
			}
			if (!current.isEmpty() && (currentIsTable || line.tableRow() || !joins(current, line.text()))) {
				paragraphs.add(current.build());
				current = new Paragraph.Builder();
			}
			current.add(line.text(), line.number());
			currentIsTable = line.tableRow();
		}
		if (!current.isEmpty()) {
			paragraphs.add(current.build());
		}
		return paragraphs;
	}

	private boolean joins(Paragraph.Builder current, String next) {
		CharSequence text = current.text();
		if (this.scanner.endsOpen(text.subSequence(Math.max(0, text.length() - BRACKET_WINDOW), text.length()))) {
			return !LinePatterns.startsStructure(next) || !isShort(current);
		}
		if (LinePatterns.startsBracket(next)) {
			return true;
		}
		boolean terminal = LinePatterns.endsTerminal(text);
		if (!this.hardWrapped) {
			return !terminal && !LinePatterns.startsStructure(next) && !isHeadingLine(current);
		}
		boolean singleStructureLine = current.lineCount() == 1 && LinePatterns.startsStructure(text.toString());
		if (isShort(current) && (terminal || singleStructureLine)) {
			return false;
		}
		return !(LinePatterns.startsStructure(next) && (terminal || singleStructureLine));
	}

	/** A lone heading line (not a task number) that does not end mid-sentence. */
	private static boolean isHeadingLine(Paragraph.Builder current) {
		if (current.lineCount() != 1) {
			return false;
		}
		String text = current.text().toString();
		return LinePatterns.heading(text) != null && "，,、".indexOf(text.charAt(text.length() - 1)) < 0;
	}

	private boolean isShort(Paragraph.Builder current) {
		return current.lastWidth() < this.shortWidth;
	}

}
