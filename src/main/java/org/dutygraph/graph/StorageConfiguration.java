package org.dutygraph.graph;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The storage guard of the store (free space, and whether the service may write it): on the embedded
 * data folder, or none with an external server; and the health that is DOWN while the folder may not
 * be written. The disk-space health of the same folder is Spring Boot's, configured in
 * {@code application.properties} ({@code management.health.diskspace.*}).
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	StorageGuard storageGuard(DutyGraphProperties properties) {
		DutyGraphProperties.Embedded embedded = properties.neo4j().embedded();
		if (!embedded.enabled()) {
			return StorageGuard.none();
		}
		return new StorageGuard(embedded.dataDir(), properties.storage().minFreeSpace());
	}

	/** Health contributor {@code storage}. */
	@Bean
	StorageHealthIndicator storageHealthIndicator(StorageGuard storageGuard) {
		return new StorageHealthIndicator(storageGuard);
	}

}
