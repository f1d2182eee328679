package org.dutygraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.dutygraph.graph.CypherQueries;
import org.dutygraph.importer.load.GraphModelBuilder;
import org.dutygraph.importer.load.GraphWriter;
import org.dutygraph.importer.load.ResponsibilityMapper;
import org.dutygraph.importer.parse.PlanDocumentParser;
import org.dutygraph.importer.resolve.MentionFinder;
import org.dutygraph.importer.resolve.ReferenceData;
import org.dutygraph.importer.resolve.ReferenceDataLoader;
import org.dutygraph.importer.resolve.UnitResolver;
import org.neo4j.driver.Driver;

/**
 * Wires the importer from plain objects, so that the command line's dry run can build it without
 * Spring or a database.
 */
public final class ImportComponents {

	private ImportComponents() {
	}

	/** The curated reference data: {@code <seed dir>/reference}. */
	public static ReferenceData referenceData(Path seedDir) {
		Path dir = seedDir.resolve("reference");
		if (!Files.isDirectory(dir)) {
			throw new IllegalStateException("Reference data folder " + dir.toAbsolutePath()
					+ " is missing; set dutygraph.seed.dir to the folder that holds reference/");
		}
		return ReferenceDataLoader.load(dir);
	}

	/** The import path without a database: parse, resolve and count (the command's dry run). */
	public static ImportService dryRunService(ReferenceData reference) {
		return importService(reference, null, null, null, null);
	}

	/**
	 * The import path.
	 * @param seedDir the folder whose {@code reference/dependencies.tsv} holds the curated dependencies
	 */
	static ImportService importService(ReferenceData reference, Path seedDir, CypherQueries cypher, Clock clock,
			Driver driver) {
		UnitResolver resolver = new UnitResolver(reference);
		ResponsibilityMapper responsibilities = new ResponsibilityMapper(resolver, reference);
		ImportQueries queries = new ImportQueries(cypher, clock);
		Path curatedFile = (seedDir != null) ? seedDir.resolve("reference").resolve("dependencies.tsv") : null;
		return new ImportService(new PlanDocumentParser(),
				new GraphModelBuilder(responsibilities, new MentionFinder(reference)), new GraphWriter(cypher), queries,
				new CuratedDependencyWriter(queries, curatedFile), driver);
	}

}
