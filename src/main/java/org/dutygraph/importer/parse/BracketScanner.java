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

	private static final Pattern PAREN_LABEL = Pattern.compile("^\\s*(?:" + RoleWords.LABELS + ")");

	private static final Pattern BARE_LABEL = Pattern.compile("(?:" + RoleWords.LABELS + ")\\s*[：:]");

	/** Longest parenthesis content looked at when deciding whether it lists units. */
	private static final int PAREN_WINDOW = 200;

	/** (同上): the units are those of the task above. */
	private static final Pattern AS_ABOVE = Pattern.compile("^\\s*同上\\s*[）)]");

	private static final Pattern YEAR_OR_NUMBER = Pattern.compile("^\\s*\\d{1,4}\\s*$");


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
		if ("责牵責牽配协協参參主负負相".indexOf(c) >= 0) {
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
		Matcher m = BARE_LABEL.matcher(RoleWords.fold(text)).region(i, text.length());
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
		return "。；;！!〕]）) \u3000\n".indexOf(before) >= 0;
	}

	/**
	 * A parenthesis is a responsibility bracket when it starts with a label (责任单位…), when one of its
	 * comma groups ends with a role word (市生态环境局牵头，…参与 / 各县（市、区）人民政府负责落实), or when it
	 * follows the end of a sentence and lists units (。（省经信委、省发改委(省能源局)）).
	 */
	private static boolean isResponsibilityParen(String text, int from) {
		String rest = RoleWords.fold(text.substring(from, Math.min(text.length(), from + PAREN_WINDOW)));
		if (PAREN_LABEL.matcher(rest).find() || AS_ABOVE.matcher(rest).lookingAt()) {
			return true;
		}
		List<String> groups = groups(rest);
		if (groups.isEmpty()) {
			return false;
		}
		for (String group : groups) {
			if (RoleWords.trailing(TextNormalizer.strip(group)) != null) {
				return true;
			}
		}
		return afterSentence(text, from - 1) && listsUnits(groups.get(0));
	}

	/** The comma groups of a parenthesis content up to its closer (depth 0), or empty if it never closes. */
	private static List<String> groups(String rest) {
		List<String> groups = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int k = 0; k < rest.length(); k++) {
			char c = rest.charAt(k);
			if (depth == 0 && (c == '）' || c == ')' || c == '。')) {
				groups.add(rest.substring(start, k));
				return groups;
			}
			if (depth == 0 && "，,；;".indexOf(c) >= 0) {
				groups.add(rest.substring(start, k));
				start = k + 1;
			}
			depth = nextDepth(depth, c);
		}
		return List.of();
	}

	private static boolean afterSentence(String text, int open) {
		int k = open - 1;
		while (k >= 0 && TextNormalizer.isSpace(text.charAt(k))) {
			k--;
		}
		return k < 0 || "。；;".indexOf(text.charAt(k)) >= 0;
	}

	/** Every 、-part of the group ends the way a unit name ends (局, 委, 政府, 管委会…). */
	private static boolean listsUnits(String group) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		String g = TextNormalizer.strip(group);
		for (int k = 0; k <= g.length(); k++) {
			char c = k < g.length() ? g.charAt(k) : '、';
			if (depth == 0 && c == '、') {
				parts.add(g.substring(start, k));
				start = k + 1;
			}
			depth = nextDepth(depth, c);
		}
		return parts.stream().allMatch(p -> p.length() >= 3 && UnitShape.endsLikeUnit(p));
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
