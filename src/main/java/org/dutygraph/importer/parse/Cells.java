package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text clean-up for table cells. Converted tables keep the wrap and letter-spacing of the printed
 * cell (尉 迟, 高平市天阳污水处理厂 提标改造工程); readers need the words back without touching numbers.
 */
final class Cells {

	private static final Pattern SPACE_NEAR_CJK = Pattern
		.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}“”‘’])\\s+"
				+ "|\\s+(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}“”‘’])");

	private static final Pattern LATEX_SUB = Pattern.compile("\\s*_\\{\\s*([^}]*)\\}");

	private static final Pattern MARKUP = Pattern.compile("^[#\\s*-]+|\\*\\*|</?sub>");

	private Cells() {
	}

	/** Removes wraps and letter-spacing: whitespace next to a Chinese character or punctuation. */
	static String clean(String cell) {
		if (cell == null) {
			return "";
		}
		String text = chem(cell.strip());
		return SPACE_NEAR_CJK.matcher(text).replaceAll("").strip();
	}

	/**
	 * A task cell as written, wraps removed: only white space between two CJK characters goes (the
	 * letter-spacing of a printed cell); the document's own spacing next to digits and Latin letters
	 * stays (2023 年 7 月 1 日起, 国 6b), as in body task texts.
	 */
	static String text(String cell) {
		if (cell == null) {
			return "";
		}
		return TextNormalizer.squeezeCjkSpaces(chem(TextNormalizer.strip(cell)));
	}

	/** Writes pollutant notation the one way: PM _{2.5}, PM<sub>2.5</sub>, PM ₁₀, SO ₂ give PM2.5, PM10, SO2. */
	static String chem(String text) {
		String t = text.replace("<sub>", "").replace("</sub>", "");
		t = LATEX_SUB.matcher(t).replaceAll("$1");
		StringBuilder out = new StringBuilder(t.length());
		for (char c : t.toCharArray()) {
			out.append(c >= '₀' && c <= '₉' ? (char) ('0' + (c - '₀')) : c);
		}
		return out.toString().replaceAll("(PM|SO|NO|O|CO)\\s+(?=\\d)", "$1");
	}

	/** All whitespace removed, for comparing header cells such as 具 体 措 施. */
	static String compact(String text) {
		return text == null ? "" : MARKUP.matcher(text).replaceAll("").replaceAll("\\s+", "");
	}

	/** Tab-separated cells, trailing empty cells kept. */
	static List<String> tabs(String line) {
		return new ArrayList<>(Arrays.asList(line.split("\t", -1)));
	}

	/**
	 * Space-separated cells of a flattened row, with runs of single letter-spaced characters joined
	 * again: "2 沁水县 尉 迟 完成省定目标 省 考" gives [2, 沁水县, 尉迟, 完成省定目标, 省考].
	 */
	static List<String> spaced(String line) {
		List<String> cells = new ArrayList<>();
		boolean lastSingle = false;
		for (String token : line.strip().split("\\s+")) {
			boolean single = token.codePointCount(0, token.length()) == 1 && !Character.isDigit(token.charAt(0));
			if (single && lastSingle) {
				cells.set(cells.size() - 1, cells.get(cells.size() - 1) + token);
			}
			else {
				cells.add(token);
			}
			lastSingle = single;
		}
		return cells;
	}

	static String cell(List<String> cells, int index) {
		return index >= 0 && index < cells.size() ? cells.get(index).strip() : "";
	}

	static String excerpt(String line) {
		String t = line.strip().replace('\t', ' ');
		return t.length() <= 120 ? t : t.substring(0, 120);
	}

}
