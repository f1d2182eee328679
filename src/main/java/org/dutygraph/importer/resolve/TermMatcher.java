package org.dutygraph.importer.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Dictionary matching over a text: left to right, the longest accepted term wins and hits never overlap, so
 * 中村镇 is one township, not a village inside it, and a township name inside an enterprise name is not reported.
 */
final class TermMatcher {

	/** A dictionary entry. */
	record Term(String text, String kind, String key) {
	}

	/** A match of a term at [start, end) of the text. */
	record Hit(Term term, int start, int end) {
	}

	private final Map<Character, List<Term>> byFirstChar = new HashMap<>();

	private final BiPredicate<Term, String> accepts;

	/**
	 * @param terms the dictionary
	 * @param accepts whether a term may match given the text that follows it
	 */
	TermMatcher(List<Term> terms, BiPredicate<Term, String> accepts) {
		this.accepts = accepts;
		for (Term term : terms) {
			if (!term.text().isEmpty()) {
				byFirstChar.computeIfAbsent(term.text().charAt(0), c -> new ArrayList<>()).add(term);
			}
		}
		byFirstChar.values()
			.forEach(list -> list.sort(Comparator.comparingInt((Term t) -> t.text().length()).reversed()));
	}

	List<Hit> find(String text) {
		List<Hit> hits = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			Hit hit = longestAt(text, i);
			if (hit == null) {
				i++;
				continue;
			}
			hits.add(hit);
			i = hit.end();
		}
		return hits;
	}

	private Hit longestAt(String text, int start) {
		for (Term term : byFirstChar.getOrDefault(text.charAt(start), List.of())) {
			int end = start + term.text().length();
			if (text.startsWith(term.text(), start) && accepts.test(term, text.substring(end))) {
				return new Hit(term, start, end);
			}
		}
		return null;
	}

}
