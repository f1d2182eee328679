package org.dutygraph.importer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering patterns of the plan family: 一、 → (一)/（一） → 1. in county plans, 第X章 → 第X节 in
 * five-year plans. Numbers glued to a year (4.2021年4月起) are task numbers; decimals (0.588, PM2.5)
 * are not.
 */
final class LinePatterns {

	static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*");

	static final Pattern LEVEL2 = Pattern.compile("^[（(]\\s*([一二三四五六七八九十]{1,3})\\s*[）)]\\s*");

	static final Pattern TASK_NUMBER = Pattern
		.compile("^(\\d{1,2})\\s*[.．、﹒](?:(?!\\s*\\d)|(?=\\s*20\\d\\d\\s*年))\\s*");

	static final Pattern CHAPTER = Pattern.compile("^第([一二三四五六七八九十]{1,3})章\\s*");

	static final Pattern SECTION = Pattern.compile("^第([一二三四五六七八九十]{1,3})节\\s*");

	private static final Pattern BRACKET_START = Pattern.compile("^(?:[〔\\[［]|[（(]\\s*(?:" + RoleWords.LABELS + ")|(?:"
			+ RoleWords.LABELS + "|" + RoleWords.PERSON_LABELS + ")\\s*[：:])");

	private static final Pattern LABEL_START = Pattern
		.compile("^\\s*(?:" + RoleWords.LABELS + "|" + RoleWords.PERSON_LABELS + ")\\s*[：:]");

	private static final String TERMINAL = "。！？!?：:〕]］）)";

	private LinePatterns() {
	}

	/** Heading levels, outermost first. */
	enum Level {

		CHAPTER, SECTION, LEVEL1, LEVEL2

	}

	/**
	 * A heading at the start of a line.
	 *
	 * @param level its level
	 * @param number the number as a path element: 三, (一), 第三章, 第一节
	 * @param rest the text after the number
	 */
	record Heading(Level level, String number, String rest) {
	}

	static Heading heading(String text) {
		Matcher m = CHAPTER.matcher(text);
		if (m.find()) {
			return new Heading(Level.CHAPTER, "第" + m.group(1) + "章", text.substring(m.end()));
		}
		m = SECTION.matcher(text);
		if (m.find()) {
			return new Heading(Level.SECTION, "第" + m.group(1) + "节", text.substring(m.end()));
		}
		m = LEVEL1.matcher(text);
		if (m.find()) {
			return new Heading(Level.LEVEL1, m.group(1), text.substring(m.end()));
		}
		m = LEVEL2.matcher(text);
		if (m.find()) {
			return new Heading(Level.LEVEL2, "(" + m.group(1) + ")", text.substring(m.end()));
		}
		return null;
	}

	/** The task number at the start of the line, or null. */
	static Matcher taskNumber(String text) {
		Matcher m = TASK_NUMBER.matcher(text);
		return m.find() ? m : null;
	}

	/** A heading or a task number starts this line. */
	static boolean startsStructure(String text) {
		return heading(text) != null || taskNumber(text) != null;
	}

	/** A responsibility bracket or a role label starts this line. */
	static boolean startsBracket(String text) {
		return BRACKET_START.matcher(RoleWords.fold(text)).find();
	}

	/** A role label without bracket starts this line (牵头单位：…, 牵头负责领导：…). */
	static boolean startsLabel(String text) {
		return LABEL_START.matcher(RoleWords.fold(text)).find();
	}

	/** The line ends a sentence or a bracket. */
	static boolean endsTerminal(CharSequence text) {
		if (text.length() == 0) {
			return true;
		}
		char last = text.charAt(text.length() - 1);
		if (last == '”' && text.length() > 1) {
			last = text.charAt(text.length() - 2);
			return last == '。';
		}
		return TERMINAL.indexOf(last) >= 0;
	}

}
