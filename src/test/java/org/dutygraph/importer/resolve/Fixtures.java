package org.dutygraph.importer.resolve;

import java.nio.file.Path;

/** Loads the real reference data once for all resolver tests. */
final class Fixtures {

	static final Path REFERENCE_DIR = Path.of("seed-data", "reference");

	private static ReferenceData data;

	private Fixtures() {
	}

	static synchronized ReferenceData data() {
		if (data == null) {
			data = ReferenceDataLoader.load(REFERENCE_DIR);
		}
		return data;
	}

	static UnitResolver resolver() {
		return new UnitResolver(data());
	}

}
