package org.dutygraph.importer.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Looks agencies up by spelling, scoped by the issuing document's jurisdiction: an alias such as 市水务局 belongs to
 * the documents of the agency's own jurisdiction and of the jurisdictions listed in {@code used_in}, so 市水务局
 * means 高平市水务局 in 高平市 and 晋城市水务局 in 晋城市. A full canonical name resolves everywhere.
 */
final class AgencyIndex {

	private final Map<String, Agency> byCanonical = new HashMap<>();

	private final Map<String, Map<String, Agency>> byScope = new HashMap<>();

	AgencyIndex(List<Agency> agencies) {
		for (Agency agency : agencies) {
			put(byCanonical, UnitNames.normalise(agency.name()), agency, "everywhere");
			for (String scope : scopes(agency)) {
				Map<String, Agency> aliases = byScope.computeIfAbsent(scope, s -> new HashMap<>());
				for (String spelling : spellings(agency)) {
					put(aliases, UnitNames.normalise(spelling), agency, scope);
				}
			}
		}
	}

	/** The agency written {@code name} in a document of {@code jurisdiction}. */
	Optional<Agency> find(String jurisdiction, String name) {
		Agency scoped = byScope.getOrDefault(jurisdiction, Map.of()).get(name);
		if (scoped != null) {
			return Optional.of(scoped);
		}
		return Optional.ofNullable(byCanonical.get(name));
	}

	/** Canonical name first, then the curated aliases. */
	static List<String> spellings(Agency agency) {
		Set<String> all = new LinkedHashSet<>();
		all.add(agency.name());
		all.addAll(agency.aliases());
		return new ArrayList<>(all);
	}

	private static List<String> scopes(Agency agency) {
		Set<String> scopes = new LinkedHashSet<>();
		scopes.add(agency.jurisdiction());
		scopes.addAll(agency.usedIn());
		return new ArrayList<>(scopes);
	}

	private static void put(Map<String, Agency> map, String spelling, Agency agency, String scope) {
		Agency other = map.putIfAbsent(spelling, agency);
		if (other != null && !other.equals(agency)) {
			throw new ReferenceDataException("agencies.tsv: '" + spelling + "' names both " + other.key() + " and "
					+ agency.key() + " in " + scope);
		}
	}

}
