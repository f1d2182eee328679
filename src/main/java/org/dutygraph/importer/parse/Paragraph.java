package org.dutygraph.importer.parse;

import java.util.Arrays;

/**
 * A logical paragraph: physical lines joined with their wraps removed. Remembers which physical
 * line every character came from, so brackets and units can report their own source line.
 */
final class Paragraph {

	private final String text;

	private final int[] starts;

	private final int[] lines;

	private final int lastLine;

	Paragraph(String text, int[] starts, int[] lines, int lastLine) {
		this.text = text;
		this.starts = starts;
		this.lines = lines;
		this.lastLine = lastLine;
	}

	String text() {
		return this.text;
	}

	int firstLine() {
		return this.lines[0];
	}

	int lastLine() {
		return this.lastLine;
	}

	/** The physical line holding the character at offset. */
	int lineAt(int offset) {
		int index = Arrays.binarySearch(this.starts, offset);
		if (index < 0) {
			index = -index - 2;
		}
		return this.lines[Math.max(0, Math.min(index, this.lines.length - 1))];
	}

	/** The part [from, to) of this paragraph, keeping line numbers. */
	Paragraph slice(int from, int to) {
		int first = lineAt(from);
		int last = to > from ? lineAt(to - 1) : first;
		int count = 0;
		for (int i = 0; i < this.starts.length; i++) {
			if (this.starts[i] > from && this.starts[i] < to) {
				count++;
			}
		}
		int[] newStarts = new int[count + 1];
		int[] newLines = new int[count + 1];
		newLines[0] = first;
		int k = 1;
		for (int i = 0; i < this.starts.length; i++) {
			if (this.starts[i] > from && this.starts[i] < to) {
				newStarts[k] = this.starts[i] - from;
				newLines[k++] = this.lines[i];
			}
		}
		return new Paragraph(this.text.substring(from, to), newStarts, newLines, last);
	}

	@Override
	public String toString() {
		return "L" + firstLine() + "-" + this.lastLine + ": " + this.text;
	}

	/** Accumulates physical lines into one paragraph. */
	static final class Builder {

		private final StringBuilder text = new StringBuilder();

		private int[] starts = new int[4];

		private int[] lines = new int[4];

		private int count;

		private int lastLine;

		private int lastWidth;

		Builder add(String line, int number) {
			if (this.count == this.starts.length) {
				this.starts = Arrays.copyOf(this.starts, this.count * 2);
				this.lines = Arrays.copyOf(this.lines, this.count * 2);
			}
			if (this.text.length() > 0 && isAsciiWord(this.text.charAt(this.text.length() - 1))
					&& !line.isEmpty() && isAsciiWord(line.charAt(0))) {
				this.text.append(' ');
			}
			else if (this.text.length() > 0 && !LinePatterns.endsTerminal(this.text) && LinePatterns.startsLabel(line)) {
				// a label line (责任单位：…) under a line that ends without a stop: keep them apart
				this.text.append('\n');
			}
			this.starts[this.count] = this.text.length();
			this.lines[this.count++] = number;
			this.text.append(line);
			this.lastLine = number;
			this.lastWidth = TextNormalizer.displayWidth(line);
			return this;
		}

		boolean isEmpty() {
			return this.count == 0;
		}

		int lineCount() {
			return this.count;
		}

		int lastWidth() {
			return this.lastWidth;
		}

		CharSequence text() {
			return this.text;
		}

		Paragraph build() {
			return new Paragraph(this.text.toString(), Arrays.copyOf(this.starts, this.count),
					Arrays.copyOf(this.lines, this.count), this.lastLine);
		}

		private static boolean isAsciiWord(char c) {
			return c < 128 && Character.isLetterOrDigit(c);
		}

	}

}
