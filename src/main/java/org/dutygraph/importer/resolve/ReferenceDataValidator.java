package org.dutygraph.importer.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Whole-file consistency checks that no single row can violate alone: unique township codes and names, and one
 * scope per canonical collective.
 */
final class ReferenceDataValidator {

	private ReferenceDataValidator() {
	}

	static void validate(ReferenceData data) {
		uniqueTownships(data.townships());
		consistentCollectives(data.collectives());
	}

	private static void uniqueTownships(List<Township> townships) {
		Map<String, Township> byCode = new HashMap<>();
		Map<String, Township> byName = new HashMap<>();
		for (Township t : townships) {
			fail(byCode.put(t.code(), t), "townships.tsv: duplicate code " + t.code());
			fail(byName.put(t.county() + t.name(), t), "townships.tsv: duplicate name " + t.county() + t.name());
		}
	}

	private static void consistentCollectives(List<CollectiveDef> collectives) {
		Map<String, CollectiveDef> byCanonical = new HashMap<>();
		for (CollectiveDef def : collectives) {
			CollectiveDef first = byCanonical.putIfAbsent(def.canonical(), def);
			boolean differs = first != null
					&& (!first.scope().equals(def.scope()) || !first.covers().equals(def.covers()));
			fail(differs ? first : null, "collectives.tsv: " + def.asWritten() + " gives " + def.canonical()
					+ " another scope or covers than " + Objects.toString(first, ""));
		}
	}

	private static void fail(Object clash, String message) {
		if (clash != null) {
			throw new ReferenceDataException(message);
		}
	}

}
