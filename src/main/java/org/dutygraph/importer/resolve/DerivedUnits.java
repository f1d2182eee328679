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
		String parent = ("ENTERPRISE".equals(type) || area == null) ? null : rules.governmentKey(area);
		Set<String> aliases = new LinkedHashSet<>(List.of(canonical, name));
		return new ResolvedUnit(key(area, canonical), canonical, area,
				collective ? "COLLECTIVE" : type, collective, collective ? scopeOf(name) : null, parent, null,
				List.copyOf(aliases), false, null);
	}

	/** The key of a unit: its area and name; {@code unscoped:} when the document's area is unknown. */
	static String key(String area, String canonical) {
		return ((area != null) ? area : "unscoped") + ":" + canonical;
	}

	/**
	 * What a collective the reference data does not list covers, from its words: 各乡镇/各街道 → the townships,
	 * 各县（市、区） → the counties, 各…企业 → enterprises, anything else (各有关部门) → departments. Its members
	 * stay unknown (no gazetteer for the place), but its role is read as for the curated collectives.
	 */
	private static String scopeOf(String name) {
		if (name.contains("企业")) {
			return "ALL_ENTERPRISES";
		}
		if (name.contains("乡") || name.contains("镇") || name.contains("街道")) {
			return "ALL_TOWNSHIPS";
		}
		return name.contains("县") || name.contains("区") || name.contains("市") ? "ALL_COUNTIES" : "ALL_DEPTS";
	}

	/**
	 * The name of a unit the rules cannot place: prefixed with the issuing area when it names none (工业和信息化局
	 * in 潮州市 → 潮州市工业和信息化局); as written when it is an enterprise, a collective (各县、区人民政府), names a
	 * level other than the issuer's (市环保局 in a county the reference data does not know), or no area is known.
	 */
	private static String asWrittenInArea(String name, String type, String jurisdiction) {
		boolean ownLevelPrefix = "省市县区旗州盟".indexOf(name.charAt(0)) >= 0 && !name.startsWith("市场");
		String place = jurisdiction == null ? null : jurisdiction.substring(0, jurisdiction.length() - 1);
		if (jurisdiction == null || "ENTERPRISE".equals(type) || name.startsWith("各") || ownLevelPrefix
				|| (place.length() >= 2 && name.contains(place))) {
			return name;
		}
		return jurisdiction + name;
	}

	/** The type by the name's suffix; a trailing note in parentheses (省发改委(省能源局)) is not the suffix. */
	String typeOf(String name) {
		String bare = name.replaceAll("[（(][^（()）]*[）)]$", "");
		String named = bare.isEmpty() ? name : bare;
		return suffixesLongestFirst.stream()
			.filter(rule -> named.endsWith(rule.suffix()))
			.map(SuffixRule::type)
			.findFirst()
			.orElse(DEFAULT_TYPE);
	}

}
