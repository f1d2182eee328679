package org.dutygraph.importer.resolve;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a unit that is not in the reference data by rule, so the resolver never returns null: the prefix is
 * expanded (县环卫所 in 沁水县 → 沁水县环卫所), the type comes from the name's suffix (unit-suffixes.tsv), and the
 * parent is the government of the unit's area. Such units carry {@code known=false} for review.
 */
final class DerivedUnits {

	static final String DEFAULT_TYPE = "INSTITUTION";

	private final JurisdictionRules rules;

	private final List<SuffixRule> suffixesLongestFirst;

	DerivedUnits(JurisdictionRules rules, List<SuffixRule> suffixRules) {
		this.rules = rules;
		this.suffixesLongestFirst = suffixRules.stream()
			.sorted(Comparator.comparingInt((SuffixRule r) -> r.suffix().length()).reversed())
			.toList();
	}

	ResolvedUnit derive(String name, String jurisdiction) {
		String type = typeOf(name);
		String area = jurisdiction;
		String canonical;
		Optional<JurisdictionRules.Split> explicit = rules.explicitArea(name);
		Optional<String> relative = rules.relativeArea(name, jurisdiction);
		if (explicit.isPresent()) {
			area = explicit.get().area();
			canonical = name;
		}
		else if (relative.isPresent()) {
			area = relative.get();
			canonical = area + name.substring(1);
		}
		else {
			canonical = asWrittenInArea(name, type, jurisdiction);
		}
		boolean collective = name.startsWith("各");
		String parent = "ENTERPRISE".equals(type) ? null : rules.governmentKey(area);
		Set<String> aliases = new LinkedHashSet<>(List.of(canonical, name));
		return new ResolvedUnit((area == null ? "" : area) + ":" + canonical, canonical, area,
				collective ? "COLLECTIVE" : type, collective, null, parent, null, List.copyOf(aliases), false, null);
	}

	/**
	 * The name of a unit the rules cannot place: prefixed with the issuing area when it names none (工业和信息化局
	 * in 潮州市 → 潮州市工业和信息化局); as written when it is an enterprise, a collective (各县、区人民政府), names a
	 * level other than the issuer's (市环保局 in a county the reference data does not know), or no area is known.
	 */
	private static String asWrittenInArea(String name, String type, String jurisdiction) {
		boolean ownLevelPrefix = "省市县区旗州盟".indexOf(name.charAt(0)) >= 0;
		if (jurisdiction == null || "ENTERPRISE".equals(type) || name.startsWith("各") || ownLevelPrefix
				|| name.startsWith(jurisdiction)) {
			return name;
		}
		return jurisdiction + name;
	}

	String typeOf(String name) {
		return suffixesLongestFirst.stream()
			.filter(rule -> name.endsWith(rule.suffix()))
			.map(SuffixRule::type)
			.findFirst()
			.orElse(DEFAULT_TYPE);
	}

}
