package org.dutygraph.importer.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a responsible unit as written in a document to its canonical agency. The same string names different
 * agencies in different documents (县住建局 is three bureaus; 市水务局 is 高平市's in 000 and 晋城市's in 004), so
 * every lookup is scoped by the issuing document's jurisdiction. Order: collective, curated agency (scoped alias,
 * explicit area prefix, relative 市/县 prefix, unprefixed name), township government, enterprise, and finally a
 * unit derived by rule with {@code known=false}. Never returns null.
 */
public final class UnitResolver {

	private final ReferenceData data;

	private final AgencyIndex agencies;

	private final Gazetteer gazetteer;

	private final JurisdictionRules rules;

	private final DerivedUnits derived;

	private final Map<String, CollectiveDef> collectives = new HashMap<>();

	private final Map<String, Enterprise> enterprises = new HashMap<>();

	public UnitResolver(ReferenceData data) {
		this.data = data;
		this.agencies = new AgencyIndex(data.agencies());
		this.gazetteer = new Gazetteer(data);
		this.rules = new JurisdictionRules(data);
		this.derived = new DerivedUnits(rules, data.suffixRules());
		data.collectives().forEach(c -> collectives.putIfAbsent(UnitNames.normalise(c.asWritten()), c));
		for (Enterprise e : data.enterprises()) {
			enterprises.putIfAbsent(UnitNames.normalise(e.name()), e);
			e.aliases().forEach(a -> enterprises.putIfAbsent(UnitNames.normalise(a), e));
		}
	}

	/**
	 * @param asWritten the unit as the document writes it
	 * @param jurisdiction the issuing document's area (高平市, 沁水县, 阳城县, 陵川县, 晋城市)
	 */
	public ResolvedUnit resolve(String asWritten, String jurisdiction) {
		String name = UnitNames.normalise(asWritten);
		if (name.isEmpty()) {
			throw new IllegalArgumentException("empty unit name");
		}
		return collective(name, jurisdiction).or(() -> curated(name, jurisdiction).map(UnitResolver::toUnit))
			.or(() -> township(name, jurisdiction))
			.or(() -> enterprise(name, jurisdiction))
			.orElseGet(() -> derived.derive(name, jurisdiction));
	}

	/** Every curated agency and the government of every township of the gazetteer. */
	public List<ResolvedUnit> allAgencies() {
		List<ResolvedUnit> all = new ArrayList<>();
		data.agencies().forEach(a -> all.add(toUnit(a)));
		data.townships().forEach(t -> all.add(gazetteer.government(t)));
		return all;
	}

	/**
	 * The townships a collective covers: all 乡/镇 of its county for ALL_TOWNSHIPS (街道 only when the collective
	 * names 办事处/街道); empty for SOME_TOWNSHIPS (no curated subset: the caller marks it unresolved) and for
	 * department, enterprise and county collectives.
	 */
	public List<Township> expand(ResolvedUnit collective) {
		if (!collective.collective() || !"ALL_TOWNSHIPS".equals(collective.scope())) {
			return List.of();
		}
		return definitionOf(collective.name())
			.map(def -> gazetteer.townshipsOf(collective.jurisdiction(), def.covers()))
			.orElse(List.of());
	}

	private Optional<ResolvedUnit> collective(String name, String jurisdiction) {
		CollectiveDef def = collectives.get(name);
		if (def == null) {
			return Optional.empty();
		}
		Set<String> aliases = new LinkedHashSet<>();
		aliases.add(def.canonical());
		data.collectives().stream()
			.filter(c -> c.canonical().equals(def.canonical()))
			.forEach(c -> aliases.add(c.asWritten()));
		return Optional.of(new ResolvedUnit(DerivedUnits.key(jurisdiction, def.canonical()), def.canonical(),
				jurisdiction, "COLLECTIVE", true, def.scope(), rules.governmentKey(jurisdiction), null, List.copyOf(aliases), true,
				def.source()));
	}

	private Optional<CollectiveDef> definitionOf(String canonical) {
		return data.collectives().stream().filter(c -> c.canonical().equals(canonical)).findFirst();
	}

	private Optional<Agency> curated(String name, String jurisdiction) {
		Optional<Agency> scoped = agencies.find(jurisdiction, name);
		if (scoped.isPresent()) {
			return scoped;
		}
		Optional<JurisdictionRules.Split> explicit = rules.explicitArea(name);
		if (explicit.isPresent()) {
			String area = explicit.get().area();
			String rest = explicit.get().rest();
			return agencies.find(area, rest).or(() -> agencies.find(area, rules.prefixOf(area) + rest));
		}
		Optional<String> relative = rules.relativeArea(name, jurisdiction);
		if (relative.isPresent()) {
			String area = relative.get();
			return agencies.find(area, name).or(() -> agencies.find(area, name.substring(1)));
		}
		return agencies.find(jurisdiction, rules.prefixOf(jurisdiction) + name);
	}

	private Optional<ResolvedUnit> township(String name, String jurisdiction) {
		Optional<JurisdictionRules.Split> explicit = rules.explicitArea(name);
		String county = explicit.map(JurisdictionRules.Split::area).orElse(jurisdiction);
		String rest = explicit.map(JurisdictionRules.Split::rest).orElse(name);
		return gazetteer.findGoverned(county, rest).map(gazetteer::government);
	}

	/** A curated enterprise, for documents of the areas the reference data covers; never across to another place. */
	private Optional<ResolvedUnit> enterprise(String name, String jurisdiction) {
		Enterprise e = enterprises.get(name);
		if (e == null || (jurisdiction != null && !rules.knows(jurisdiction) && !jurisdiction.equals(e.county()))) {
			return Optional.empty();
		}
		List<String> aliases = new ArrayList<>(List.of(e.name()));
		aliases.addAll(e.aliases());
		return Optional.of(new ResolvedUnit(e.county() + ":" + e.name(), e.name(), e.county(), "ENTERPRISE", false,
				null, null, null, List.copyOf(aliases), true, e.source()));
	}

	private static ResolvedUnit toUnit(Agency agency) {
		return new ResolvedUnit(agency.key(), agency.name(), agency.jurisdiction(), agency.type(), false, null,
				agency.parentKey(), null, AgencyIndex.spellings(agency), true, agency.source());
	}

}
