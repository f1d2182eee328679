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
		.compile("(等)?(总牵头|牵头督导|牵头负责|牵头抓总|牵头|负责具体落实|具体落实|负责落实|抓好落实|组织落实|配合|参与|协助|协办|督导|负责)$");

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
		return m.find() && m.start() > 1 ? m : null;
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
	 * The role a label gives (牵头单位 LEAD, 配合单位 SUPPORT...). 责任单位 names the supporting units when a
	 * lead was labelled before it (牵头单位：县公安局；责任单位：县环保局), else it gives no role.
	 */
	static String roleOfLabel(String label, boolean leadSeen) {
		if (label.startsWith("牵头")) {
			return LEAD;
		}
		if (label.startsWith("配合") || label.startsWith("协办") || label.startsWith("参与") || label.startsWith("协助")) {
			return SUPPORT;
		}
		return leadSeen ? SUPPORT : null;
	}

}
