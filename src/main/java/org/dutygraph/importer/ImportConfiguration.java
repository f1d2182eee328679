package org.dutygraph.importer;

import org.dutygraph.graph.DutyGraphProperties;
import org.dutygraph.impact.CuratedDependencyWriter;
import org.dutygraph.importer.resolve.ReferenceData;
import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The importer's beans. */
@Configuration(proxyBeanMethods = false)
class ImportConfiguration {

	@Bean
	ReferenceData referenceData(DutyGraphProperties properties) {
		return ImportComponents.referenceData(properties.reference().dir());
	}

	@Bean
	ImportService importService(ReferenceData referenceData, Driver driver, DutyGraphProperties properties) {
		DutyGraphProperties.Importer limits = properties.importer();
		return ImportComponents.importService(referenceData, driver,
				new ImportLimits(limits.maxBytes().toBytes(), limits.maxLines(), limits.batchSize()));
	}

	@Bean
	SeedImporter seedImporter(ImportService importService, Driver driver, DutyGraphProperties properties,
			CuratedDependencyWriter curated) {
		return new SeedImporter(importService, driver, properties.seed(), curated);
	}

}
