package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the content of a responsibility bracket into units, in order. Separators count only at
 * parenthesis depth 0, so 各乡(镇、办事处) stays one unit; a comma (，/,) starts a new comma group
 * (departments | townships | enterprises); a group made of level words only (各县、区人民政府（管委会）,
 * 各乡镇、街道) is one collective; a shared suffix is distributed over a list of bare places
 * (寺庄镇、石末乡人民政府 → 寺庄镇人民政府, 石末乡人民政府; 临汾、侯马、洪洞经济开发区管委会 → three
 * 管委会); 按职责分工负责 becomes a qualifier; role words before or after a group (由市水务局牵头,
 * …牵头, …等参与, …负责落实, 牵头单位：, 配合单位：) become explicit roles; a note after the list's full
 * stop (。以下各项工作均需…落实，不再列出 / 。列第一位者为牵头部门) is not a unit.
 */
final class UnitListParser {

	private static final Pattern LEADING_LABEL = Pattern.compile("^\\s*(?:责\\s*)?责\\s*任\\s*单\\s*位\\s*[：:]?\\s*");

	private static final Pattern ROLE_LABEL = Pattern
		.compile("(" + RoleWords.PERSON_LABELS + "|" + RoleWords.LABELS + "|牵头|配合|参与)\\s*[：:]");

	private static final Pattern PERSON_LABEL = Pattern.compile(RoleWords.PERSON_LABELS);

	/**
	 * A comma group that is a note on the list, not a unit: 排在首位的为牵头单位, 列第一位者为牵头单位, 下同,
	 * 以下政策措施均需…落实, 具体任务均涉及相关市（州）人民政府, 不再做分工.
	 */
	private static final Pattern NOTE = Pattern.compile("^(?:(?:排|列)在?(?:首位|第一位|前位|前面|前列)|下同$|以下|具体任务|不再)");

	/** A comma group that gives a time, not a unit: 年内持续推进, 长期坚持, 2022年底前完成. */
	private static final Pattern TIME = Pattern.compile("^(?:年内|长期|持续|常态|每年|每季|每月|\\d{4}\\s*年|年底|年中|近期|逐步).*"
			+ "|.*(?:推进|完成|坚持|前)$");

	/** 等、等部门、等有关部门 after the last unit of a list: not part of its name. */
	private static final Pattern ETC = Pattern.compile("等(?:有关|相关)?(?:部门|单位)?$");

	/** 会同 between the units that lead and those they work with (省水利厅会同省发展改革委、财政厅负责落实). */
	private static final Pattern TOGETHER = Pattern.compile("会同");

	private static final Pattern QUALIFIER = Pattern.compile("(按照?职责分工(?:负责)?|按职责负责|分别负责)$");

	/** A note saying the units placed in front lead (排在前位为牵头部门, 列在前面的为牵头单位). */
	private static final Pattern FRONT_GROUP_LEADS = Pattern.compile("(?:排|列)在?(?:前位|前面|前列)[^。]{0,6}牵头");

	private static final Pattern LEVEL_ONLY = Pattern.compile("^各?(?:县|市|区|乡|镇|街道|旗)+$");

	private static final Pattern PLACE = Pattern.compile("^\\p{IsHan}{2,5}$|^\\p{IsHan}{2,8}区$");

	private static final Pattern UNIT_END = Pattern.compile(".*(局|委|办|室|院|队|段|所|中心|府|会|公司|社|处|站|部|厅|组)$");

	/** Suffixes a list of places can share, longest first. */
	private static final List<String> SHARED_SUFFIXES = List.of("高新技术产业开发区管委会", "经济技术开发区管委会",
			"经济开发区管委会", "工业园区管委会", "开发区管委会", "高新区管委会", "党工委和管委会", "党工委管委会", "管委会",
			"党委和人民政府", "人民政府", "政府", "街道办事处", "办事处");

	/** A piece of the content with its offset inside the content. */
	private record Piece(String text, int offset) {
	}

	/**
	 * @param content the bracket content (label included or not)
	 * @param lineOf maps an offset inside the content to its physical line
	 */
	List<UnitMention> parse(String content, IntUnaryOperator lineOf) {
		String folded = RoleWords.fold(content);
		int end = noteStart(folded);
		List<UnitMention> units = new ArrayList<>();
		Matcher label = LEADING_LABEL.matcher(folded);
		int from = label.lookingAt() ? label.end() : 0;
		Matcher roles = ROLE_LABEL.matcher(folded).region(from, end);
		String role = null;
		boolean person = false;
		while (roles.find()) {
			if (!person && !folded.substring(from, roles.start()).isBlank()) {
				parseSection(content, folded, from, roles.start(), role, nextGroup(units), units, lineOf);
			}
			person = PERSON_LABEL.matcher(roles.group(1)).matches();
			role = person ? null : RoleWords.roleOfLabel(roles.group(1));
			from = roles.end();
		}
		if (!person) {
			parseSection(content, folded, from, end, role, nextGroup(units), units, lineOf);
		}
		if (FRONT_GROUP_LEADS.matcher(folded.substring(end)).find()) {
			frontGroupLeads(units);
		}
		return withLead(units);
	}

	/**
	 * 。排在前位为牵头部门，下同: the note says the front group leads in this list and in every later one of the
	 * plan (下同, "the same below").
	 */
	static boolean frontGroupLeadsBelow(String content) {
		String folded = RoleWords.fold(content);
		String note = folded.substring(Math.min(folded.length(), noteStart(folded)));
		return FRONT_GROUP_LEADS.matcher(note).find() && note.contains("下同");
	}

	/** A later list under a 下同 note: its front group leads, unless its own words say who leads. */
	static List<UnitMention> withFrontGroupLeading(List<UnitMention> units) {
		if (units.stream().anyMatch(u -> u.explicitRole() != null && !u.inferred())) {
			return units;
		}
		List<UnitMention> copy = new ArrayList<>(units);
		frontGroupLeads(copy);
		return copy;
	}

	/** 。排在前位为牵头部门: the units before the first comma lead, each of them. */
	private static void frontGroupLeads(List<UnitMention> units) {
		for (int i = 0; i < units.size() && units.get(i).commaGroup() == 0; i++) {
			UnitMention u = units.get(i);
			if (u.explicitRole() == null) {
				units.set(i, new UnitMention(u.asWritten(), u.order(), u.commaGroup(), u.qualifier(), RoleWords.LEAD,
						u.inferred(), u.line()));
			}
		}
	}

	private static int nextGroup(List<UnitMention> units) {
		return units.isEmpty() ? 0 : units.get(units.size() - 1).commaGroup() + 1;
	}

	/**
	 * Where a note after the list begins: the first full stop at depth 0 with text after it, unless a role
	 * label follows it (牵头责任单位：省商务厅。协同责任单位：…).
	 */
	private static int noteStart(String folded) {
		int depth = 0;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (depth == 0 && c == '。' && !folded.substring(i + 1).isBlank()
					&& !ROLE_LABEL.matcher(folded.substring(i + 1).strip()).lookingAt()) {
				return i;
			}
			depth = BracketScanner.nextDepth(depth, c);
		}
		return folded.length();
	}

	/** When the words gave every unit a role and none leads, the first unit listed leads. */
	private static List<UnitMention> withLead(List<UnitMention> units) {
		if (units.isEmpty() || units.get(0).explicitRole() == null
				|| units.stream().anyMatch(u -> RoleWords.LEAD.equals(u.explicitRole()))) {
			return units;
		}
		UnitMention first = units.get(0);
		units.set(0, new UnitMention(first.asWritten(), first.order(), first.commaGroup(), first.qualifier(),
				RoleWords.LEAD, first.inferred(), first.line()));
		return units;
	}

	/** Parses [from, to) as comma groups numbered from firstGroup. */
	private void parseSection(String content, String folded, int from, int to, String role, int firstGroup,
			List<UnitMention> units, IntUnaryOperator lineOf) {
		int group = firstGroup;
		for (Piece commaGroup : split(folded, from, to, "，,；;")) {
			if (parseGroup(content, folded, commaGroup, role, group, units, lineOf)) {
				group++;
			}
		}
	}

	private boolean parseGroup(String content, String folded, Piece commaGroup, String labelRole, int group,
			List<UnitMention> units, IntUnaryOperator lineOf) {
		int start = commaGroup.offset();
		int end = start + commaGroup.text().length();
		while (start < end && TextNormalizer.isSpace(folded.charAt(start))) {
			start++;
		}
		while (end > start && (TextNormalizer.isSpace(folded.charAt(end - 1)) || folded.charAt(end - 1) == '。')) {
			end--;
		}
		start += RoleWords.leading(folded.substring(start, end));
		String text = folded.substring(start, end);
		if (text.isBlank() || NOTE.matcher(text).find() || RoleWords.person(text)
				|| (TIME.matcher(text).matches() && !UnitShape.endsLikeUnit(text))) {
			return false;
		}
		Matcher together = TOGETHER.matcher(text);
		if (together.find() && together.start() > 1) {
			return together(content, folded, start, start + together.start(), start + together.end(), end, labelRole,
					group, units, lineOf);
		}
		String role = labelRole;
		String qualifier = null;
		Matcher q = QUALIFIER.matcher(text);
		Matcher word = labelRole == null ? RoleWords.trailing(text) : null;
		if (q.find() && q.start() > 1) {
			qualifier = q.group(1);
			end = start + q.start();
		}
		else if (word != null) {
			role = RoleWords.roleOfWord(word.group(2));
			qualifier = role == null ? word.group(2) : null;
			end = start + word.start();
		}
		List<Piece> pieces = joinLevels(splitAnd(split(content, start, end, "、")));
		List<String> names = distributeSuffix(pieces.stream().map(p -> cleanUnit(p.text())).toList());
		boolean added = false;
		for (int i = 0; i < pieces.size(); i++) {
			if (names.get(i).isEmpty()) {
				continue;
			}
			int line = lineOf.applyAsInt(pieces.get(i).offset() + leadingSpaces(pieces.get(i).text()));
			units.add(new UnitMention(names.get(i), units.size(), group, qualifier, role, false, line));
			added = true;
		}
		return added;
	}

	/**
	 * A comma group with 会同: the units before it lead, those after it support (…会同省发展改革委、财政厅等部门
	 * 负责落实); a role word at the end only closes the clause.
	 */
	private boolean together(String content, String folded, int start, int leadEnd, int supportStart, int end,
			String labelRole, int group, List<UnitMention> units, IntUnaryOperator lineOf) {
		Matcher word = RoleWords.trailing(folded.substring(supportStart, end));
		int supportEnd = word != null ? supportStart + word.start() : end;
		boolean leads = parseGroup(content, folded, new Piece(folded.substring(start, leadEnd), start),
				labelRole != null ? labelRole : RoleWords.LEAD, group, units, lineOf);
		boolean supports = parseGroup(content, folded, new Piece(folded.substring(supportStart, supportEnd), supportStart),
				RoleWords.SUPPORT, group, units, lineOf);
		return leads || supports;
	}

	/** 市级各有关部门及各县市区政府: 及 between two names that each end like a unit splits them. */
	private static List<Piece> splitAnd(List<Piece> pieces) {
		List<Piece> out = new ArrayList<>();
		for (Piece piece : pieces) {
			String folded = RoleWords.fold(piece.text());
			int k = folded.indexOf('及');
			String left = k > 0 ? folded.substring(0, k).strip() : "";
			String right = k > 0 ? folded.substring(k + 1).strip() : "";
			if (k > 0 && (UnitShape.endsLikeUnit(left) || left.endsWith("部门") || left.endsWith("单位"))
					&& (UnitShape.endsLikeUnit(right) || right.endsWith("部门") || right.endsWith("单位"))) {
				out.add(new Piece(piece.text().substring(0, k), piece.offset()));
				out.add(new Piece(piece.text().substring(k + 1), piece.offset() + k + 1));
			}
			else {
				out.add(piece);
			}
		}
		return out;
	}

	/** 各县、区人民政府（管委会）: a piece of level words only (各县) is not a unit but the start of the next. */
	private static List<Piece> joinLevels(List<Piece> pieces) {
		List<Piece> joined = new ArrayList<>();
		Piece pending = null;
		for (Piece piece : pieces) {
			Piece current = pending == null ? piece : new Piece(pending.text() + "、" + piece.text(), pending.offset());
			pending = null;
			if (LEVEL_ONLY.matcher(RoleWords.fold(TextNormalizer.removeSpaces(piece.text()))).matches()
					&& !isDepartments(pieces, piece)) {
				pending = current;
				continue;
			}
			joined.add(current);
		}
		if (pending != null) {
			joined.add(pending);
		}
		return joined;
	}

	/** The piece after a level word names departments, not governments: 各街道、区直各部门 are two units. */
	private static boolean isDepartments(List<Piece> pieces, Piece piece) {
		int k = pieces.indexOf(piece);
		if (k + 1 >= pieces.size()) {
			return false;
		}
		String next = RoleWords.fold(TextNormalizer.removeSpaces(pieces.get(k + 1).text()));
		return next.contains("部门") || next.contains("单位") || next.endsWith("局") || next.endsWith("委");
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
		Matcher etc = ETC.matcher(unit);
		if (etc.find() && etc.start() >= 2) {
			unit = unit.substring(0, etc.start());
		}
		return unit;
	}

	/** A list of bare places shares the suffix of its last name: 北留镇、町店镇人民政府; 临汾、洪洞经济开发区管委会. */
	private static List<String> distributeSuffix(List<String> names) {
		List<String> result = new ArrayList<>(names);
		if (result.size() < 2) {
			return result;
		}
		String last = result.get(result.size() - 1);
		String suffix = null;
		String place = null;
		for (String candidate : SHARED_SUFFIXES) {
			String prefix = last.endsWith(candidate) ? last.substring(0, last.length() - candidate.length()) : "";
			if (PLACE.matcher(prefix).matches() && !prefix.startsWith("各")) {
				suffix = candidate;
				place = prefix;
				break;
			}
		}
		if (suffix == null) {
			return result;
		}
		for (int i = result.size() - 2; i >= 0 && isBarePlace(result.get(i), place); i--) {
			result.set(i, result.get(i) + suffix);
		}
		return result;
	}

	/** A place name without a unit word, of the same level as the last name's place (镇/乡, 区/县/市, 街道). */
	private static boolean isBarePlace(String name, String lastPlace) {
		return PLACE.matcher(name).matches() && !name.startsWith("各") && !UNIT_END.matcher(name).matches()
				&& levelOf(name).equals(levelOf(lastPlace));
	}

	private static String levelOf(String place) {
		if (place.endsWith("街道")) {
			return "S";
		}
		char last = place.charAt(place.length() - 1);
		if (last == '镇' || last == '乡') {
			return "T";
		}
		return last == '区' || last == '县' || last == '市' ? "C" : "";
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
