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
		else if (jurisdiction == null || "ENTERPRISE".equals(type)) {
			// no area to prefix: a document without header whose jurisdiction nobody gave keeps the name as written
			canonical = name;
		}
		else {
			canonical = jurisdiction + name;
		}
		String parent = ("ENTERPRISE".equals(type) || area == null) ? null : rules.governmentKey(area);
		Set<String> aliases = new LinkedHashSet<>(List.of(canonical, name));
		return new ResolvedUnit(key(area, canonical), canonical, area, type, false, null, parent, null,
				List.copyOf(aliases), false, null);
	}

	/** The key of a unit: its area and name; {@code unscoped:} when the document's area is unknown. */
	static String key(String area, String canonical) {
		return ((area != null) ? area : "unscoped") + ":" + canonical;
	}

	String typeOf(String name) {
		return suffixesLongestFirst.stream()
			.filter(rule -> name.endsWith(rule.suffix()))
			.map(SuffixRule::type)
			.findFirst()
			.orElse(DEFAULT_TYPE);
	}

}
