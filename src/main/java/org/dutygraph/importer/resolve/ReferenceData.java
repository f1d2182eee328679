package org.dutygraph.importer.resolve;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The curated reference data the resolver needs: gazetteer, counties, agencies, collectives, enterprises and
 * suffix rules. Curated knowledge lives in the TSV files under {@code seed-data/reference/} (each row with its
 * source) so it can be reviewed and corrected without touching Java.
 *
 * @param townships township-level divisions of the gazetteer
 * @param counties the city and its county-level units
 * @param agencies curated agencies
 * @param collectives spellings of collective references
 * @param enterprises enterprises named in the corpus
 * @param suffixRules unit type by name suffix for units that are not curated
 */
public record ReferenceData(List<Township> townships, List<County> counties, List<Agency> agencies,
		List<CollectiveDef> collectives, List<Enterprise> enterprises, List<SuffixRule> suffixRules) {

	public ReferenceData {
		townships = List.copyOf(townships);
		counties = List.copyOf(counties);
		agencies = List.copyOf(agencies);
		collectives = List.copyOf(collectives);
		enterprises = List.copyOf(enterprises);
		suffixRules = List.copyOf(suffixRules);
	}


	public Optional<County> county(String name) {
		return counties.stream().filter(c -> c.name().equals(name)).findFirst();
	}

	public List<Township> townshipsOf(String county) {
		return townships.stream().filter(t -> t.county().equals(county)).toList();
	}

}
