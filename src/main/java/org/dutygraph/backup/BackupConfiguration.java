package org.dutygraph.backup;

import org.dutygraph.graph.CypherQueries;
import org.neo4j.driver.Driver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The backup's bean. */
@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

	@Bean
	GraphBackup graphBackup(Driver driver, CypherQueries queries) {
		return new GraphBackup(driver, queries);
	}

}
