package org.dutygraph.importer;

import java.time.Clock;

import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.DutyGraphProperties;
import org.dutygraph.graph.StorageGuard;
import org.dutygraph.importer.resolve.ReferenceData;
import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;

/** The importer's beans. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	ReferenceData referenceData(DutyGraphProperties properties) {
		return ImportComponents.referenceData(properties.reference().dir());
	}

	@Bean
	ImportLimits importLimits(DutyGraphProperties properties) {
		DutyGraphProperties.Importer limits = properties.importer();
		return new ImportLimits(limits.maxBytes().toBytes(), limits.maxLines(), limits.batchSize());
	}

	/** Created once the database answers and its schema is applied. */
	@Bean
	@DependsOn("databaseReady")
	ImportService importService(ReferenceData referenceData, DutyGraphProperties properties, CypherQueries cypher,
			Clock clock, Driver driver, ImportLimits limits, StorageGuard storage) {
		return ImportComponents.importService(referenceData,
				ImportComponents.referenceFiles(properties.reference().dir()), cypher, clock, driver, limits, storage);
	}

	/** The service's first-start import; the import command runs none. */
	@Bean
	@Profile("!import")
	SeedImporter seedImporter(ImportService importService, DutyGraphProperties properties) {
		return new SeedImporter(importService, properties.seed());
	}

}
