package org.dutygraph.importer.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The township gazetteer as the resolver uses it: find a township by name or alias inside a county (or, failing
 * that, anywhere in the city), build its government unit, and list the townships a collective covers.
 */
final class Gazetteer {

	private static final List<String> GOVERNMENT_SUFFIXES = List.of("人民政府", "政府", "办事处");

	private final ReferenceData data;

	private final Map<String, Map<String, Township>> byCounty = new HashMap<>();

	private final Map<String, List<Township>> anywhere = new HashMap<>();

	Gazetteer(ReferenceData data) {
		this.data = data;
		for (Township township : data.townships()) {
			for (String spelling : spellings(township)) {
				String key = UnitNames.normalise(spelling);
				byCounty.computeIfAbsent(township.county(), c -> new HashMap<>()).putIfAbsent(key, township);
				anywhere.computeIfAbsent(key, k -> new ArrayList<>()).add(township);
			}
		}
	}

	/** Name first, then the aliases. */
	static List<String> spellings(Township township) {
		Set<String> all = new LinkedHashSet<>();
		all.add(township.name());
		all.addAll(township.aliases());
		return new ArrayList<>(all);
	}

	/**
	 * The township whose government {@code name} denotes (X镇人民政府, X镇政府, bare X镇, 南城街道办事处), looked up
	 * in {@code county} first and then across the city when the name is unique there.
	 */
	Optional<Township> findGoverned(String county, String name) {
		Optional<Township> direct = find(county, name);
		if (direct.isPresent()) {
			return direct;
		}
		for (String suffix : GOVERNMENT_SUFFIXES) {
			if (name.endsWith(suffix) && name.length() > suffix.length()) {
				Optional<Township> found = find(county, name.substring(0, name.length() - suffix.length()));
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private Optional<Township> find(String county, String name) {
		Township inCounty = byCounty.getOrDefault(county, Map.of()).get(name);
		if (inCounty != null) {
			return Optional.of(inCounty);
		}
		List<Township> all = anywhere.getOrDefault(name, List.of());
		return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
	}

	/** The government of a township: X镇人民政府 / X乡人民政府, or X街道办事处 for a sub-district. */
	ResolvedUnit government(Township township) {
		String name = governmentName(township);
		String county = township.county();
		Set<String> aliases = new LinkedHashSet<>();
		aliases.add(name);
		if (!"街道".equals(township.type())) {
			aliases.add(township.name() + "政府");
		}
		aliases.addAll(spellings(township));
		aliases.add(county + name);
		String parent = data.county(county).map(County::governmentKey).orElse(null);
		return new ResolvedUnit(county + ":" + name, name, county, "TOWNSHIP_GOVERNMENT", false, null, parent,
				township.name(), List.copyOf(aliases), true, township.source());
	}

	static String governmentName(Township township) {
		return township.name() + ("街道".equals(township.type()) ? "办事处" : "人民政府");
	}

	/** The townships of a county whose type is among {@code types} (乡, 镇, 街道), in gazetteer order. */
	List<Township> townshipsOf(String county, List<String> types) {
		return data.townshipsOf(county).stream().filter(t -> types.contains(t.type())).toList();
	}

}
