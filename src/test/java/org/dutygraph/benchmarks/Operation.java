package org.dutygraph.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

/**
 * One of the nine questions of the benchmark, asked three ways: our GraphQL API, hand-written Cypher
 * through the Java driver, and {@code @neo4j/graphql} (null where the library cannot express it). Each
 * way's answer is normalised to the same shape: named facets, each a list of strings (ids, names,
 * dates, counts), so the three can be compared. A facet is compared where both ways have it.
 */
record Operation(String name, String label, GraphQl ours, Cypher cypher, GraphQl library) {

	/** A GraphQL request and how to normalise its {@code data}. */
	record GraphQl(String query, Map<String, Object> variables, Function<JsonNode, Answer> normalise) {
	}

	/** A Cypher statement (one row expected) and how to normalise its records. */
	record Cypher(String statement, Map<String, Object> parameters, Function<List<Record>, Answer> normalise) {
	}

	/** A normalised answer: facet name to values. Ordered facets keep their order, sets are sorted. */
	record Answer(Map<String, List<String>> facets) {

		static Answer of() {
			return new Answer(new TreeMap<>());
		}

		Answer list(String facet, List<String> values) {
			this.facets.put(facet, List.copyOf(values));
			return this;
		}

		Answer set(String facet, Iterable<String> values) {
			TreeSet<String> sorted = new TreeSet<>();
			values.forEach(sorted::add);
			this.facets.put(facet, List.copyOf(sorted));
			return this;
		}

		/** The facets where the two answers differ, described; empty when they agree on every shared facet. */
		List<String> differences(Answer other) {
			List<String> out = new ArrayList<>();
			int shared = 0;
			for (Map.Entry<String, List<String>> facet : this.facets.entrySet()) {
				List<String> theirs = other.facets.get(facet.getKey());
				if (theirs == null) {
					continue;
				}
				shared++;
				if (!facet.getValue().equals(theirs)) {
					out.add(facet.getKey() + ": " + abbreviate(facet.getValue()) + " vs " + abbreviate(theirs));
				}
			}
			if (shared == 0) {
				out.add("no facet in common: " + this.facets.keySet() + " vs " + other.facets.keySet());
			}
			return out;
		}

		/** How many values each facet holds, for the report. */
		Map<String, Integer> sizes() {
			Map<String, Integer> sizes = new TreeMap<>();
			this.facets.forEach((k, v) -> sizes.put(k, v.size()));
			return sizes;
		}

		private static String abbreviate(List<String> values) {
			String s = values.toString();
			return (s.length() > 600) ? s.substring(0, 600) + "… (" + values.size() + " values)" : s;
		}

	}

}
