package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cleans the physical lines of a PDF-converted plan so that structure parsers see plain lines:
 * markdown markers (#, **, "- " bullets, ---, &lt;sub&gt;), page footers (— 13 —) and page-start
 * spaces go away, while every line keeps its original 1-based number for source references.
 * Line wraps are not joined here; {@link ParagraphBuilder} does that.
 */
public final class TextNormalizer {

	private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s*");

	private static final Pattern BULLET = Pattern.compile("^[-•·]\\s+");

	private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");

	private static final Pattern PAGE_FOOTER = Pattern.compile("^[—\\-–－]{1,2}\\s*\\d{1,4}\\s*[—\\-–－]{1,2}$");

	private static final Pattern HTML_TAG = Pattern.compile("</?(?:sub|sup|br|b|i|em|strong)\\s*/?>",
			Pattern.CASE_INSENSITIVE);

	/** Splits decoded text into physical lines (\n, \r\n or \r). */
	static List<String> splitLines(String text) {
		return List.of(text.split("\r\n|\r|\n", -1));
	}

	List<SourceLine> normalize(List<String> rawLines) {
		List<SourceLine> lines = new ArrayList<>(rawLines.size());
		for (int i = 0; i < rawLines.size(); i++) {
			String raw = rawLines.get(i);
			lines.add(new SourceLine(i + 1, raw, clean(raw)));
		}
		return lines;
	}

	static String clean(String raw) {
		String text = strip(raw.replace('\f', ' '));
		if (RULE.matcher(text).matches() || PAGE_FOOTER.matcher(text).matches()) {
			return "";
		}
		text = HEADING_MARK.matcher(text).replaceFirst("");
		text = text.replace("**", "");
		text = HTML_TAG.matcher(text).replaceAll("");
		text = BULLET.matcher(strip(text)).replaceFirst("");
		return strip(text);
	}

	/** Trims ASCII, full-width (U+3000) and no-break spaces. */
	static String strip(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isSpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
	}

	/**
	 * Removes letter-spacing: white space between two CJK characters (通 知 → 通知). Spaces next to
	 * Latin letters or digits stay (高平市 2021 年).
	 */
	public static String squeezeCjkSpaces(String s) {
		StringBuilder out = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (!isSpace(c)) {
				out.append(c);
				i++;
				continue;
			}
			int j = i;
			while (j < s.length() && isSpace(s.charAt(j))) {
				j++;
			}
			boolean between = out.length() > 0 && j < s.length() && isCjk(out.charAt(out.length() - 1))
					&& isCjk(s.charAt(j));
			if (!between && out.length() > 0 && j < s.length()) {
				out.append(' ');
			}
			i = j;
		}
		return out.toString();
	}

	/** Removes every white-space character (for comparisons that ignore spacing). */
	static String removeSpaces(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			if (!isSpace(s.charAt(i))) {
				out.append(s.charAt(i));
			}
		}
		return out.toString();
	}

	/** Han characters, CJK punctuation and full-width forms. */
	static boolean isCjk(char c) {
		Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
		return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
				|| block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
				|| block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
				|| block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
				|| block == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '—');
	}

	/** Display width: CJK and full-width characters count 2, others 1. */
	static int displayWidth(String s) {
		int width = 0;
		for (int i = 0; i < s.length(); i++) {
			width += isWide(s.charAt(i)) ? 2 : 1;
		}
		return width;
	}

	private static boolean isWide(char c) {
		return c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
				|| (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
				|| (c >= 0xFFE0 && c <= 0xFFE6) || c == '“' || c == '”');
	}

}
