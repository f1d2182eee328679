package org.dutygraph.importer;

import java.nio.file.Path;

import org.dutygraph.importer.load.GraphModelBuilder;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.importer.load.GraphWriter;
import org.dutygraph.importer.load.StagingWriter;
import org.dutygraph.importer.load.ResponsibilityMapper;
import org.dutygraph.importer.parse.PlanDocumentParser;
import org.dutygraph.importer.resolve.MentionFinder;
import org.dutygraph.importer.resolve.ReferenceData;
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
		return ReferenceData.load(referenceFiles(referenceDir));
	}

	/** Where reference files are read: the folder given, or the bundled copy when null. */
	public static ReferenceFiles referenceFiles(Path referenceDir) {
		return (referenceDir == null) ? ReferenceFiles.bundled() : ReferenceFiles.folder(referenceDir);
	}

	public static ImportService importService(ReferenceData reference, Driver driver, ImportLimits limits) {
		UnitResolver resolver = new UnitResolver(reference);
		ResponsibilityMapper responsibilities = new ResponsibilityMapper(resolver, reference);
		GraphWriter writer = new GraphWriter();
		StagingWriter staging = new StagingWriter(writer, (driver != null) ? new CypherQueries() : null,
				limits.batchSize());
		return new ImportService(new PlanDocumentParser(),
				new GraphModelBuilder(responsibilities, new MentionFinder(reference)), writer, staging, driver,
				limits);
	}

}
