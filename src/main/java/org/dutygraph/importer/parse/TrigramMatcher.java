package org.dutygraph.importer.parse;

import java.util.HashSet;
import java.util.Set;

/**
 * Character-trigram similarity between an annex row and a body task. Annex rows copy or shorten the
 * body wording with drift (清洁能源改造 vs 清洁取暖改造, 全市 vs 全县), so exact matching fails; the
 * share of the row's trigrams found in the task tolerates both the drift and the task being longer.
 */
final class TrigramMatcher {

	private TrigramMatcher() {
	}

	/** Letters and digits only: punctuation, whitespace and markup do not count. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return Cells.chem(text).replaceAll("[^\\p{IsHan}\\p{IsLatin}\\p{Nd}]", "");
	}

	static Set<String> trigrams(String text) {
		String t = normalise(text);
		Set<String> grams = new HashSet<>();
		for (int i = 0; i + 3 <= t.length(); i++) {
			grams.add(t.substring(i, i + 3));
		}
		return grams;
	}

	/** Share of the row's trigrams that occur in the task (0..1); 0 when the row has none. */
	static double containment(Set<String> row, Set<String> task) {
		if (row.isEmpty()) {
			return 0;
		}
		long shared = row.stream().filter(task::contains).count();
		return (double) shared / row.size();
	}

}
