package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Responsibility given in the task's own sentence rather than in a bracket: 由市水务局牵头，市生态环境局、
 * 市住建局配合，…; 由省水利厅会同省发展改革委、财政厅负责落实. The clause after 由 counts when its first comma
 * group ends with 牵头 (or 负责) after a unit name, or says A会同B负责, and it runs on through the comma groups
 * that end with a role word; a leader named first (由杨志武副市长负责，市发改委牵头，…) is passed over.
 * 由市政府牵头成立领导小组 is not one: the group does not end with the role word.
 */
final class SentenceResponsibility {

	/**
	 * @param content the responsibility clause without 由
	 * @param offset where it starts in the text
	 */
	record Found(String content, int offset) {
	}

	private SentenceResponsibility() {
	}

	static Found find(String text) {
		String folded = RoleWords.fold(text);
		for (int i = folded.indexOf('由'); i >= 0; i = folded.indexOf('由', i + 1)) {
			List<int[]> groups = groups(folded, i + 1);
			int end = -1;
			boolean leaderOnly = true;
			for (int[] group : groups) {
				String g = folded.substring(group[0], group[1]).strip();
				if (end < 0 && leaderOnly && RoleWords.person(g)) {
					continue;
				}
				leaderOnly = false;
				Matcher word = RoleWords.trailing(g);
				if (word == null || (end < 0 && !opens(g, word))) {
					break;
				}
				end = group[1];
			}
			if (end > 0) {
				return new Found(text.substring(i + 1, end), i + 1);
			}
		}
		return null;
	}

	private static boolean opens(String group, Matcher word) {
		String role = word.group(2);
		String units = group.substring(0, word.start());
		boolean together = units.indexOf("会同") > 1;
		return (role.startsWith("牵头") || role.equals("负责") || (together && (role.startsWith("负责") || role.endsWith("落实"))))
				&& (UnitShape.endsLikeUnit(units) || together);
	}

	/** Comma groups from {@code from} to the end of the sentence, at parenthesis depth 0. */
	private static List<int[]> groups(String text, int from) {
		List<int[]> groups = new ArrayList<>();
		int depth = 0;
		int start = from;
		for (int k = from; k <= text.length(); k++) {
			char c = k < text.length() ? text.charAt(k) : '。';
			if (depth == 0 && "。；;！!".indexOf(c) >= 0) {
				groups.add(new int[] { start, k });
				return groups;
			}
			if (depth == 0 && (c == '，' || c == ',')) {
				groups.add(new int[] { start, k });
				start = k + 1;
			}
			depth = BracketScanner.nextDepth(depth, c);
		}
		return groups;
	}

}
