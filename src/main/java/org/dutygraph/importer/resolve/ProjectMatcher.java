package org.dutygraph.importer.resolve;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a key project in a task's text: by its full name, or by fuzzy match when the task words it differently
 * (嘉峰污水处理厂提标改造 for 嘉峰镇污水处理厂提标改造及扩容工程).
 * <p>
 * Both strings are first stemmed (town names lose their 镇/乡, since tasks write 嘉峰 for 嘉峰镇). The score is then
 * the share of the project name's character bigrams that occur in the text (containment, not Dice: a task text is
 * much longer than a project name). The threshold {@value #THRESHOLD} was calibrated on 沁水县 2022 water tasks
 * 7–12 against its 11 projects (001_bc15039033e882c0.txt L893–925 and L1176–1255): the lowest true pair scores
 * 0.67 (task 10 ↔ project 8), the highest false pair 0.50 (task 7 ↔ project 10).
 */
final class ProjectMatcher {

	static final double THRESHOLD = 0.6;

	private final List<String> townNamesLongestFirst;

	/** @param townships the gazetteer, whose 镇/乡 names are stemmed before scoring */
	ProjectMatcher(List<Township> townships) {
		this.townNamesLongestFirst = townships.stream()
			.filter(t -> !"街道".equals(t.type()) && t.name().length() >= 3)
			.map(Township::name)
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
	}

	/** @param text normalised task text */
	Optional<Mention> match(String text, ProjectRef project) {
		String name = UnitNames.normalise(project.name());
		if (name.isEmpty()) {
			return Optional.empty();
		}
		if (text.contains(name)) {
			return Optional.of(new Mention("PROJECT", project.key(), name));
		}
		if (name.length() < 2 || containment(stem(name), stem(text)) < THRESHOLD) {
			return Optional.empty();
		}
		return Optional.of(new Mention("PROJECT", project.key(), longestCommonSubstring(name, text)));
	}

	String stem(String text) {
		String stemmed = text;
		for (String town : townNamesLongestFirst) {
			stemmed = stemmed.replace(town, town.substring(0, town.length() - 1));
		}
		return stemmed;
	}

	/** Share of the name's bigrams (with repeats) that occur somewhere in the text. */
	static double containment(String name, String text) {
		Set<String> textBigrams = new HashSet<>();
		for (int i = 0; i + 2 <= text.length(); i++) {
			textBigrams.add(text.substring(i, i + 2));
		}
		int total = name.length() - 1;
		int found = 0;
		for (int i = 0; i + 2 <= name.length(); i++) {
			found += textBigrams.contains(name.substring(i, i + 2)) ? 1 : 0;
		}
		return (double) found / total;
	}

	static String longestCommonSubstring(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int bestLength = 0;
		int bestEnd = 0;
		for (int i = 1; i <= a.length(); i++) {
			int[] current = new int[b.length() + 1];
			for (int j = 1; j <= b.length(); j++) {
				if (a.charAt(i - 1) == b.charAt(j - 1)) {
					current[j] = previous[j - 1] + 1;
					if (current[j] > bestLength) {
						bestLength = current[j];
						bestEnd = i;
					}
				}
			}
			previous = current;
		}
		return a.substring(bestEnd - bestLength, bestEnd);
	}

}
