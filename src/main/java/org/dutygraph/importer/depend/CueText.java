package org.dutygraph.importer.depend;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small text helpers shared by the rules: sentences and character bigrams of Chinese text. */
final class CueText {

	private CueText() {
	}

	/** The sentence (between 。；; or the ends) that contains the character at {@code index}. */
	static String sentenceAt(String text, int index) {
		int start = index;
		while (start > 0 && !isSentenceEnd(text.charAt(start - 1))) {
			start--;
		}
		int end = index;
		while (end < text.length() && !isSentenceEnd(text.charAt(end))) {
			end++;
		}
		return text.substring(start, Math.min(text.length(), end + 1)).strip();
	}

	/** The sentences of a text, end marks kept. */
	static List<String> sentences(String text) {
		List<String> result = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			if (isSentenceEnd(text.charAt(i))) {
				addIfNotBlank(result, text.substring(start, i + 1));
				start = i + 1;
			}
		}
		addIfNotBlank(result, text.substring(start));
		return result;
	}

	/** Distinct bigrams of letters (CJK or Latin) only; punctuation, digits and spaces are dropped. */
	static Set<String> bigrams(String text) {
		StringBuilder letters = new StringBuilder();
		text.codePoints().filter(Character::isLetter).forEach(letters::appendCodePoint);
		Set<String> result = new LinkedHashSet<>();
		for (int i = 0; i + 2 <= letters.length(); i++) {
			result.add(letters.substring(i, i + 2));
		}
		return result;
	}

	/** How many bigrams of {@code a} also occur in {@code b}. */
	static int sharedBigrams(String a, String b) {
		Set<String> other = bigrams(b);
		return (int) bigrams(a).stream().filter(other::contains).count();
	}

	private static boolean isSentenceEnd(char c) {
		return c == '。' || c == '；' || c == ';';
	}

	private static void addIfNotBlank(List<String> result, String sentence) {
		if (!sentence.isBlank()) {
			result.add(sentence.strip());
		}
	}

}
