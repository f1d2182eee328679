package org.dutygraph.importer.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a plan uses to say who does what, and what role each gives: 牵头 (LEAD); 配合, 参与, 协助,
 * 协办, 督导 (SUPPORT); 负责落实, 负责具体落实, 具体落实, 抓好落实 (TERRITORIAL: the governments that carry
 * it out on their ground). Labels (牵头单位：, 配合单位：, 责任单位：) work the same way. Plans served in
 * traditional characters (牽頭, 參與, 負責落實) are matched through {@link #fold}, which maps the few
 * characters these words and administrative levels use to their simplified form one for one, so every
 * offset stays valid and the units keep the text as written.
 */
final class RoleWords {

	static final String LEAD = "LEAD";

	static final String SUPPORT = "SUPPORT";

	static final String TERRITORIAL = "TERRITORIAL";

	private static final String TRADITIONAL = "牽頭參與負責實協導單職體門區縣鎮鄉辦務會廳員關係級轄類專項組總";

	private static final String SIMPLIFIED = "牵头参与负责实协导单职体门区县镇乡办务会厅员关系级辖类专项组总";

	/** A role word ending a group of units, with an optional 等 before it (…市自然资源局等参与). */
	private static final Pattern TRAILING = Pattern
		.compile("(等(?:有关)?(?:部门|单位)?)?(总牵头|牵头督导|牵头负责|牵头抓总|牵头|负责具体落实|具体落实|负责落实|抓好落实|组织落实|落实|配合|参与|参加|协助|协办|督导|负责)$");

	/**
	 * The labels that introduce units, longest first so 牵头责任单位 is not read as 责任单位: a lead label
	 * (牵头单位, 牵头责任单位, 主要责任单位…), a support label (配合单位, 协同责任单位, 主要协作单位…) or a
	 * plain responsibility label (责任单位, 责任部门, 负责部门) that gives no role by itself.
	 */
	static final String LABELS = "牵头负责部门|牵头责任单位|牵头责任部门|牵头单位|牵头部门|主要责任单位|主责单位|协同配合单位|协同责任单位"
			+ "|主要协作单位|相关责任单位|配合单位|配合部门|协办单位|协办部门|参与单位|参与部门|参加单位|协助单位|协同单位|协作单位"
			+ "|责任单位|责任部门|负责部门";

	/** A label naming a person, not a unit (牵头负责领导：刘惠): its line is left out of the unit list. */
	static final String PERSON_LABELS = "牵头负责领导|牵头领导|分管领导|责任领导|牵头县领导|牵头市领导|分管县领导|分管市领导";

	/** A group naming a person who answers for the work (由杨志武副市长负责): a leader, not a unit. */
	private static final Pattern PERSON = Pattern
		.compile(".*(?:省长|市长|县长|区长|旗长|州长|盟长|书记|秘书长|主任|同志|领导)(?:负责|牵头|总负责|负总责)?$");

	/** A role word opening a group: 由市水务局牵头 reads the same as 市水务局牵头. */
	private static final Pattern LEADING = Pattern.compile("^(由)");

	private RoleWords() {
	}

	/** Traditional forms of role words and level names mapped to simplified, same length. */
	static String fold(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			int k = TRADITIONAL.indexOf(c);
			out.append(k >= 0 ? SIMPLIFIED.charAt(k) : c);
		}
		return out.toString();
	}

	/**
	 * The role word ending a group, as a match on the folded text, or null.
	 * @param folded a group of units, folded
	 */
	static Matcher trailing(String folded) {
		Matcher m = TRAILING.matcher(folded);
		if (!m.find() || m.start() <= 1) {
			return null;
		}
		String word = m.group(2);
		boolean bare = word.equals("落实") || word.equals("参加");
		return !bare || m.group(1) != null || namesUnits(folded.substring(0, m.start())) ? m : null;
	}

	/** The text before a bare 落实 / 参加 ends with a unit or a level word (各镇街落实, 县民政局参加). */
	private static boolean namesUnits(String before) {
		return UnitShape.endsLikeUnit(before) || before.matches(".*(?:街|镇|乡|县|市|区|旗|单位|部门)");
	}

	/** True when a group (folded) names a person (副市长, 同志…) rather than a unit. */
	static boolean person(String folded) {
		return PERSON.matcher(folded.strip()).matches();
	}

	/** Length of a leading 由 to skip, else 0. */
	static int leading(String folded) {
		Matcher m = LEADING.matcher(folded);
		return m.find() ? m.end() : 0;
	}

	/** The role a trailing word gives, or null for a word that only qualifies (负责). */
	static String roleOfWord(String word) {
		if (word.startsWith("牵头") || word.equals("总牵头")) {
			return LEAD;
		}
		if (word.endsWith("落实")) {
			return TERRITORIAL;
		}
		if (word.equals("负责")) {
			return null;
		}
		return SUPPORT;
	}

	/**
	 * The role a label gives: 牵头单位, 牵头责任单位, 主要责任单位 LEAD; 配合单位, 协同责任单位, 主要协作单位
	 * SUPPORT. 责任单位 (责任部门, 负责部门, 相关责任单位) gives none by itself: after a lead its departments
	 * support and its governments, zones and enterprises carry the work out on their ground, as the units'
	 * own kind says (牵头单位：区发改局 责任单位：立山经济开发区，各街道).
	 */
	static String roleOfLabel(String label) {
		if (label.startsWith("牵头") || label.startsWith("主要责任") || label.startsWith("主责")) {
			return LEAD;
		}
		if (label.startsWith("配合") || label.startsWith("协") || label.startsWith("参") || label.startsWith("主要协作")) {
			return SUPPORT;
		}
		return null;
	}

}
