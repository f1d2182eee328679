package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a 牵头单位 / 责任单位 / 责任主体 cell into units. Cells separate units by 、, by spaces or by line
 * breaks, but spaces and breaks also cut single names (晋城市生态环境局 高平分局, 住房和城乡建设 管理局,
 * 县能\n源局), so fragments are joined back by dictionary-free rules: a fragment continues the previous
 * one when that one does not yet end in a unit suffix, or when it is a branch such as 高平分局. Each joined
 * piece is then read as a bracket's list is (collectives, shared suffixes, 等, role words); a qualifier such as
 * 按职责分工负责 stays with the name it is written after.
 */
final class UnitCellSplitter {


	private static final Pattern BRANCH = Pattern.compile("^(?![县市])[\\p{IsHan}]{2,3}分(局|公司)$");

	private static final Pattern NEW_UNIT = Pattern.compile("^(各|晋城市|山西省).*");

	private UnitCellSplitter() {
	}

	static List<UnitMention> split(List<Fragment> fragments, boolean inferred) {
		List<StringBuilder> texts = new ArrayList<>();
		List<List<Integer>> lines = new ArrayList<>();
		for (Fragment fragment : fragments) {
			for (String token : fragment.text().strip().split("\\s+")) {
				if (token.isEmpty()) {
					continue;
				}
				if (texts.isEmpty() || !continues(texts.get(texts.size() - 1).toString(), token)) {
					texts.add(new StringBuilder());
					lines.add(new ArrayList<>());
				}
				texts.get(texts.size() - 1).append(token);
				List<Integer> charLines = lines.get(lines.size() - 1);
				token.chars().forEach(c -> charLines.add(fragment.line()));
			}
		}
		List<UnitMention> units = new ArrayList<>();
		UnitListParser parser = new UnitListParser();
		for (int i = 0; i < texts.size(); i++) {
			List<Integer> charLines = lines.get(i);
			List<UnitMention> parsed = parser.parse(texts.get(i).toString(),
					offset -> charLines.isEmpty() ? 0 : charLines.get(Math.min(offset, charLines.size() - 1)));
			for (int k = 0; k < parsed.size(); k++) {
				UnitMention u = parsed.get(k);
				boolean lastOfGroup = k + 1 == parsed.size() || parsed.get(k + 1).commaGroup() != u.commaGroup();
				units.add(new UnitMention(u.asWritten(), units.size(), u.commaGroup(), lastOfGroup ? u.qualifier() : null,
						u.explicitRole(), inferred, u.line()));
			}
		}
		return units;
	}

	/** The same units again, marked as not written on this row (a vertically merged cell). */
	static List<UnitMention> inherit(List<UnitMention> previous) {
		return previous.stream()
			.map(u -> new UnitMention(u.asWritten(), u.order(), u.commaGroup(), u.qualifier(), u.explicitRole(), true,
					u.line()))
			.toList();
	}

	private static boolean continues(String previous, String next) {
		if (previous.endsWith("、") || next.startsWith("、") || BRANCH.matcher(next).matches()) {
			return true;
		}
		return !UnitShape.endsLikeUnit(previous) && !NEW_UNIT.matcher(next).matches();
	}

}
