package org.dutygraph.importer.resolve;

import java.text.Normalizer;

/**
 * Normalises unit names and text so that spellings that differ only in width or spacing compare equal: NFKC
 * (fullwidth （） and digits become ASCII), then every whitespace character removed. Documents write the same unit
 * as 各乡(镇、办事处) and 各乡（镇、办事处）, or split it across a line as 晋城市生态环境局 高平分局.
 */
final class UnitNames {

	private UnitNames() {
	}

	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
		StringBuilder out = new StringBuilder(nfkc.length());
		nfkc.codePoints()
			.filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
			.forEach(out::appendCodePoint);
		return out.toString();
	}

}
