package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the content of a responsibility bracket into units, in order. Separators count only at
 * parenthesis depth 0, so 各乡(镇、办事处) stays one unit; a comma (，/,) starts a new comma group
 * (departments | townships | enterprises); a shared suffix is distributed (寺庄镇、石末乡人民政府 →
 * 寺庄镇人民政府, 石末乡人民政府); 按职责分工负责 becomes a qualifier; role words (…牵头, …配合,
 * 牵头单位：, 配合单位：) become explicit roles.
 */
final class UnitListParser {

	private static final Pattern LEADING_LABEL = Pattern.compile("^\\s*(?:责\\s*)?责\\s*任\\s*单\\s*位\\s*[：:]?\\s*");

	private static final Pattern ROLE_LABEL = Pattern
		.compile("(牵头单位|牵头部门|配合单位|配合部门|协办单位|责任单位|责任部门)\\s*[：:]");

	private static final Pattern QUALIFIER = Pattern.compile("(按照?职责分工(?:负责)?|按职责负责|分别负责)$");

	private static final Pattern ROLE_WORD = Pattern.compile("(牵头|配合|负责落实|负责)$");

	private static final Pattern SUFFIXED_TOWNSHIP = Pattern.compile("^(.+?(?:镇|乡|街道))(人民政府|政府|办事处)$");

	private static final Pattern BARE_TOWNSHIP = Pattern.compile("^[^\\s（()）、，,局府会室]{1,6}(?:镇|乡|街道)$");

	/** A piece of the content with its offset inside the content. */
	private record Piece(String text, int offset) {
	}

	/**
	 * @param content the bracket content (label included or not)
	 * @param lineOf maps an offset inside the content to its physical line
	 */
	List<UnitMention> parse(String content, IntUnaryOperator lineOf) {
		List<UnitMention> units = new ArrayList<>();
		Matcher label = LEADING_LABEL.matcher(content);
		int from = label.lookingAt() ? label.end() : 0;
		Matcher roles = ROLE_LABEL.matcher(content).region(from, content.length());
		String role = null;
		while (roles.find()) {
			if (!content.substring(from, roles.start()).isBlank()) {
				parseSection(content, from, roles.start(), role, nextGroup(units), units, lineOf);
			}
			role = roleOfLabel(roles.group(1));
			from = roles.end();
		}
		parseSection(content, from, content.length(), role, nextGroup(units), units, lineOf);
		return units;
	}

	private static int nextGroup(List<UnitMention> units) {
		return units.isEmpty() ? 0 : units.get(units.size() - 1).commaGroup() + 1;
	}

	private static String roleOfLabel(String label) {
		if (label.startsWith("牵头")) {
			return "LEAD";
		}
		return label.startsWith("配合") || label.startsWith("协办") ? "SUPPORT" : null;
	}

	/** Parses [from, to) as comma groups numbered from firstGroup. */
	private void parseSection(String content, int from, int to, String role, int firstGroup, List<UnitMention> units,
			IntUnaryOperator lineOf) {
		int group = firstGroup;
		for (Piece commaGroup : split(content, from, to, "，,；;")) {
			parseGroup(commaGroup, role, group++, units, lineOf);
		}
	}

	private void parseGroup(Piece commaGroup, String labelRole, int group, List<UnitMention> units,
			IntUnaryOperator lineOf) {
		String text = TextNormalizer.strip(commaGroup.text());
		String role = labelRole;
		String qualifier = null;
		Matcher q = QUALIFIER.matcher(text);
		Matcher word = ROLE_WORD.matcher(text);
		if (q.find() && q.start() > 1) {
			qualifier = q.group(1);
			text = text.substring(0, q.start());
		}
		else if (labelRole == null && word.find() && word.start() > 1) {
			role = roleOfWord(word.group(1));
			qualifier = role == null ? word.group(1) : null;
			text = text.substring(0, word.start());
		}
		List<Piece> pieces = split(text, 0, text.length(), "、");
		List<String> names = distributeSuffix(pieces.stream().map(p -> cleanUnit(p.text())).toList());
		int base = commaGroup.offset() + leadingSpaces(commaGroup.text());
		for (int i = 0; i < pieces.size(); i++) {
			if (names.get(i).isEmpty()) {
				continue;
			}
			int line = lineOf.applyAsInt(base + pieces.get(i).offset());
			units.add(new UnitMention(names.get(i), units.size(), group, qualifier, role, false, line));
		}
	}

	private static String roleOfWord(String word) {
		if (word.equals("牵头")) {
			return "LEAD";
		}
		return word.equals("配合") ? "SUPPORT" : null;
	}

	/** Splits [from, to) at separators outside parentheses. */
	private static List<Piece> split(String s, int from, int to, String separators) {
		List<Piece> pieces = new ArrayList<>();
		int depth = 0;
		int start = from;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (depth == 0 && separators.indexOf(c) >= 0) {
				pieces.add(new Piece(s.substring(start, i), start));
				start = i + 1;
				continue;
			}
			depth = BracketScanner.nextDepth(depth, c);
		}
		pieces.add(new Piece(s.substring(start, to), start));
		return pieces;
	}

	/** Trims, removes letter-spacing and unbalanced trailing closers (各乡(镇、办事处)) → one ")"). */
	static String cleanUnit(String piece) {
		String unit = TextNormalizer.removeSpaces(piece);
		while (!unit.isEmpty() && isCloser(unit.charAt(unit.length() - 1)) && closers(unit) > openers(unit)) {
			unit = unit.substring(0, unit.length() - 1);
		}
		while (!unit.isEmpty() && "。．.、".indexOf(unit.charAt(unit.length() - 1)) >= 0) {
			unit = unit.substring(0, unit.length() - 1);
		}
		return unit;
	}

	private static List<String> distributeSuffix(List<String> names) {
		List<String> result = new ArrayList<>(names);
		if (result.size() < 2) {
			return result;
		}
		Matcher last = SUFFIXED_TOWNSHIP.matcher(result.get(result.size() - 1));
		if (!last.matches()) {
			return result;
		}
		for (int i = result.size() - 2; i >= 0 && BARE_TOWNSHIP.matcher(result.get(i)).matches(); i--) {
			result.set(i, result.get(i) + last.group(2));
		}
		return result;
	}

	private static int leadingSpaces(String s) {
		int i = 0;
		while (i < s.length() && TextNormalizer.isSpace(s.charAt(i))) {
			i++;
		}
		return i;
	}

	private static boolean isCloser(char c) {
		return c == ')' || c == '）';
	}

	private static long closers(String s) {
		return s.chars().filter(c -> c == ')' || c == '）').count();
	}

	private static long openers(String s) {
		return s.chars().filter(c -> c == '(' || c == '（').count();
	}

}
