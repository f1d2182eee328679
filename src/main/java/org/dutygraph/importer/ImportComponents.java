package org.dutygraph.importer;

import java.nio.file.Path;
import java.time.Clock;

import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.StorageGuard;
import org.dutygraph.importer.load.GraphModelBuilder;
import org.dutygraph.importer.load.GraphWriter;
import org.dutygraph.importer.load.ResponsibilityMapper;
import org.dutygraph.importer.load.StagingWriter;
import org.dutygraph.importer.parse.PlanDocumentParser;
import org.dutygraph.importer.resolve.MentionFinder;
import org.dutygraph.importer.resolve.ReferenceData;
import org.dutygraph.importer.resolve.ReferenceDataLoader;
import org.dutygraph.importer.resolve.ReferenceFiles;
import org.dutygraph.importer.resolve.UnitResolver;
import org.neo4j.driver.Driver;

/**
 * Wires the importer from plain objects, so that the command line's dry run can build it without
 * Spring or a database.
 */
public final class ImportComponents {

	private ImportComponents() {
	}

	/** The curated reference data: the folder given, or the copy bundled in the service when null. */
	public static ReferenceData referenceData(Path referenceDir) {
		return ReferenceDataLoader.load(referenceFiles(referenceDir));
	}

	/** Where reference files are read: the folder given, or the bundled copy when null. */
	public static ReferenceFiles referenceFiles(Path referenceDir) {
		return (referenceDir == null) ? ReferenceFiles.bundled() : ReferenceFiles.folder(referenceDir);
	}

	/** The import path without a database: parse, resolve and count (the command's dry run). */
	public static ImportService dryRunService(ReferenceData reference) {
		return dryRunService(reference, ImportLimits.DEFAULT);
	}

	/** The import path without a database, with these limits. */
	public static ImportService dryRunService(ReferenceData reference, ImportLimits limits) {
		return importService(reference, null, null, null, null, limits, StorageGuard.none());
	}

	/**
	 * The import path.
	 * @param referenceFiles where {@code dependencies.tsv} with the curated dependencies is read; null: none
	 * @param limits the largest document accepted and the rows per staged batch
	 * @param storage the free-space check run before anything is written
	 */
	static ImportService importService(ReferenceData reference, ReferenceFiles referenceFiles, CypherQueries cypher,
			Clock clock, Driver driver, ImportLimits limits, StorageGuard storage) {
		UnitResolver resolver = new UnitResolver(reference);
		ResponsibilityMapper responsibilities = new ResponsibilityMapper(resolver, reference);
		ImportQueries queries = new ImportQueries(cypher, clock);
		GraphWriter writer = new GraphWriter(cypher);
		return new ImportService(new PlanDocumentParser(),
				new GraphModelBuilder(responsibilities, new MentionFinder(reference)), writer, queries,
				new CuratedDependencyWriter(queries, referenceFiles), new StagingWriter(writer, cypher, limits.batchSize()),
				limits, driver, storage);
	}

}
