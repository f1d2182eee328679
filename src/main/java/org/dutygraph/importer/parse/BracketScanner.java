package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds responsibility brackets in a paragraph. A character scanner rather than one regex, because
 * the documents mix delimiters (〔…〕, 〔…], […], （责任单位…）), nest parentheses inside
 * (各乡(镇、办事处)), double closers (…事处))]) and reuse 〔〕 for years in document numbers
 * (〔2022〕), which are not brackets. Also finds unbracketed role labels (牵头单位：A 配合单位：B).
 */
final class BracketScanner {

	private static final Pattern PAREN_LABEL = Pattern.compile("^\\s*(?:责任单位|牵头单位|责任部门|主责单位)");

	private static final Pattern BARE_LABEL = Pattern.compile("(?:责任单位|牵头单位|责任部门)\\s*[：:]");

	private static final Pattern YEAR_OR_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");

	private static final Pattern ROLE_GROUP = Pattern.compile("^[^，,（）()]{2,40}?(?:牵头|负责落实|负责)\\s*[，,]");

	private static final String SQUARE_OPEN = "〔[［";

	private static final String SQUARE_CLOSE = "〕]］";

	/**
	 * A bracket found in a text.
	 *
	 * @param start index of the opener (or of the label for an unbracketed list)
	 * @param end index after the closer
	 * @param contentStart index of the first content character
	 * @param contentEnd index after the last content character
	 * @param closed false when the text ended (or a new 〔 began) before a closer
	 */
	record Bracket(int start, int end, int contentStart, int contentEnd, boolean closed) {

		String raw(String text) {
			return text.substring(this.start, this.end);
		}

		String content(String text) {
			return text.substring(this.contentStart, this.contentEnd);
		}

	}

	List<Bracket> scan(String text) {
		List<Bracket> found = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			Bracket bracket = bracketAt(text, i);
			if (bracket == null) {
				i++;
				continue;
			}
			if (!isYearOnly(text, bracket)) {
				found.add(bracket);
			}
			i = Math.max(bracket.end(), i + 1);
		}
		return found;
	}

	/** The text ends inside a responsibility bracket that is still open. */
	boolean endsOpen(CharSequence text) {
		List<Bracket> brackets = scan(text.toString());
		return !brackets.isEmpty() && !brackets.get(brackets.size() - 1).closed();
	}

	private Bracket bracketAt(String text, int i) {
		char c = text.charAt(i);
		if (SQUARE_OPEN.indexOf(c) >= 0) {
			return square(text, i);
		}
		if ((c == '（' || c == '(') && isResponsibilityParen(text, i + 1)) {
			return paren(text, i);
		}
		if (c == '责' || c == '牵') {
			return bareLabel(text, i);
		}
		return null;
	}

	private static Bracket square(String text, int open) {
		int depth = 0;
		for (int k = open + 1; k < text.length(); k++) {
			char c = text.charAt(k);
			if (SQUARE_CLOSE.indexOf(c) >= 0) {
				return new Bracket(open, k + 1, open + 1, k, true);
			}
			if (c == '〔') {
				return new Bracket(open, k, open + 1, k, false);
			}
			depth = nextDepth(depth, c);
		}
		return new Bracket(open, text.length(), open + 1, text.length(), false);
	}

	private static Bracket paren(String text, int open) {
		int depth = 0;
		for (int k = open + 1; k < text.length(); k++) {
			char c = text.charAt(k);
			if (SQUARE_CLOSE.indexOf(c) >= 0 || ((c == '）' || c == ')') && depth == 0)) {
				return new Bracket(open, k + 1, open + 1, k, true);
			}
			depth = nextDepth(depth, c);
		}
		return new Bracket(open, text.length(), open + 1, text.length(), false);
	}

	private static Bracket bareLabel(String text, int i) {
		Matcher m = BARE_LABEL.matcher(text).region(i, text.length());
		if (!m.lookingAt() || !startsSentence(text, i)) {
			return null;
		}
		int end = text.length();
		while (end > i && "。；;，, ".indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return new Bracket(i, text.length(), i, end, true);
	}

	private static boolean startsSentence(String text, int i) {
		if (i == 0) {
			return true;
		}
		char before = text.charAt(i - 1);
		return "。；;！!〕]）) \u3000".indexOf(before) >= 0;
	}

	private static boolean isResponsibilityParen(String text, int from) {
		String rest = text.substring(from, Math.min(text.length(), from + 60));
		return PAREN_LABEL.matcher(rest).find() || ROLE_GROUP.matcher(rest).find();
	}

	private static boolean isYearOnly(String text, Bracket bracket) {
		return bracket.start() < text.length() && SQUARE_OPEN.indexOf(text.charAt(bracket.start())) >= 0
				&& YEAR_OR_NUMBER.matcher(bracket.content(text)).matches();
	}

	static int nextDepth(int depth, char c) {
		if (c == '（' || c == '(') {
			return depth + 1;
		}
		if (c == '）' || c == ')') {
			return Math.max(0, depth - 1);
		}
		return depth;
	}

}
