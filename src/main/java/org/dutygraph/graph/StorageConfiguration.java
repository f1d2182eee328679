package org.dutygraph.graph;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The free-space guard of the store: on the embedded data folder, or none with an external server.
 * The disk-space health of the same folder is Spring Boot's, configured in
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

}
