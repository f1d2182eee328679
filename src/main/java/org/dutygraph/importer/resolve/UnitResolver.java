package org.dutygraph.importer.resolve;

import java.util.List;

/** Resolves units as written. Stub until the resolver work is merged. */
public final class UnitResolver {

	public UnitResolver(ReferenceData data) {
	}

	public ResolvedUnit resolve(String asWritten, String jurisdiction) {
		String name = asWritten;
		return new ResolvedUnit(jurisdiction + ":" + name, name, jurisdiction, "BUREAU", false, null, null, null,
				List.of(asWritten), false, null);
	}

	public List<ResolvedUnit> allAgencies() {
		return List.of();
	}

	public List<Township> expand(ResolvedUnit collective) {
		return List.of();
	}

}
