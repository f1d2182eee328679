package org.dutygraph.importer.resolve;

import java.nio.file.Path;
import java.util.List;

/** Curated reference data. Stub until the resolver work is merged. */
public final class ReferenceData {

	public static ReferenceData load(Path dir) {
		return new ReferenceData();
	}

	public List<Township> townships() {
		return List.of();
	}

}
