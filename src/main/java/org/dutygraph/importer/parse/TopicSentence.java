package org.dutygraph.importer.parse;

/**
 * Finds the topic sentence a task or measure opens with (进一步优化清洁取暖路径。…): a short first
 * sentence, at most one comma, not a date, followed by more text. A heading-only first paragraph
 * (1.严格控制涉重金属行业企业污染物排放, body on the next paragraph) counts too.
 */
final class TopicSentence {

	static final int MAX_LENGTH = 30;

	private TopicSentence() {
	}

	static String of(String text) {
		int end = firstEnd(text);
		if (end <= 0 || end > MAX_LENGTH) {
			return null;
		}
		String sentence = TextNormalizer.strip(text.substring(0, end));
		String after = TextNormalizer.strip(text.substring(end + 1));
		if (sentence.isEmpty() || after.isEmpty() || Character.isDigit(sentence.charAt(0)) || commas(sentence) > 1) {
			return null;
		}
		return sentence;
	}

	private static int firstEnd(String text) {
		for (int i = 0; i < text.length() && i <= MAX_LENGTH; i++) {
			char c = text.charAt(i);
			if (c == '。' || c == '\n') {
				return i;
			}
		}
		return -1;
	}

	private static int commas(String sentence) {
		int count = 0;
		for (int i = 0; i < sentence.length(); i++) {
			if ("，,；;：:".indexOf(sentence.charAt(i)) >= 0) {
				count++;
			}
		}
		return count;
	}

}
