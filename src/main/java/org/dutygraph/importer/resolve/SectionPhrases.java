package org.dutygraph.importer.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases that point at sections by level rather than by name: 国考断面, 1个国考、2个市考断面, 每个国、市考断面,
 * 国控和省控断面 (all sections of those levels in the county), and 一断面一方案 (every section of the county).
 */
final class SectionPhrases {

	static final String ONE_PLAN_EACH = "一断面一方案";

	private static final String SECTION = "断面";

	/** Characters a level phrase may consist of, read backwards from 断面. */
	private static final String PHRASE_CHARS = "国省市考控、和及与个0123456789一二两三四五六七八九十监测";

	/** A level character followed by 考/控, or by a separator and another level (国、市考). */
	private static final Pattern LEVEL = Pattern.compile("([国省市])(?=[考控]|[、和及与][国省市])");

	private static final Map<String, String> LEVELS = Map.of("国", "国考", "省", "省考", "市", "市考");

	private SectionPhrases() {
	}

	/**
	 * @param text normalised text
	 * @param sections the county's sections
	 * @param taken [start, end) ranges already matched by name, skipped here
	 */
	static List<Mention> find(String text, List<SectionRef> sections, List<int[]> taken) {
		List<Mention> mentions = new ArrayList<>();
		for (int at = text.indexOf(SECTION); at >= 0; at = text.indexOf(SECTION, at + SECTION.length())) {
			if (inside(taken, at)) {
				continue;
			}
			if (at > 0 && text.startsWith(ONE_PLAN_EACH, at - 1)) {
				sections.forEach(s -> mentions.add(mention(s, ONE_PLAN_EACH)));
				continue;
			}
			levelPhrase(text, at, sections, mentions);
		}
		return mentions;
	}

	private static void levelPhrase(String text, int at, List<SectionRef> sections, List<Mention> mentions) {
		int start = at;
		while (start > 0 && PHRASE_CHARS.indexOf(text.charAt(start - 1)) >= 0) {
			start--;
		}
		Matcher matcher = LEVEL.matcher(text.substring(start, at));
		Set<String> levels = new LinkedHashSet<>();
		int phraseStart = -1;
		while (matcher.find()) {
			phraseStart = phraseStart < 0 ? start + matcher.start() : phraseStart;
			levels.add(LEVELS.get(matcher.group(1)));
		}
		if (levels.isEmpty()) {
			return;
		}
		String matched = text.substring(phraseStart, at + SECTION.length());
		sections.stream().filter(s -> levels.contains(s.level())).forEach(s -> mentions.add(mention(s, matched)));
	}

	private static boolean inside(List<int[]> taken, int at) {
		return taken.stream().anyMatch(range -> at >= range[0] && at < range[1]);
	}

	private static Mention mention(SectionRef section, String matched) {
		return new Mention("SECTION", section.key(), matched);
	}

}
