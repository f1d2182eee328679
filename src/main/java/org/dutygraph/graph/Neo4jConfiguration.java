package org.dutygraph.graph;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shared Neo4j plumbing: the Cypher-DSL dialect, and the start-up step that proves the database answers
 * and brings its schema up to date before anything else touches it.
 */
@Configuration(proxyBeanMethods = false)
class Neo4jConfiguration {

	/**
	 * Statements rendered for Neo4j 5.23 and later (the service embeds 5.26): the hand-written statements
	 * already use the scope clause of that version ({@code CALL (x) { … }}), so a built one does too
	 * instead of the deprecated {@code CALL { … }}.
	 */
	@Bean
	org.neo4j.cypherdsl.core.renderer.Configuration cypherDslConfiguration() {
		return org.neo4j.cypherdsl.core.renderer.Configuration.newConfig().withDialect(Dialect.NEO4J_5_23).build();
	}

	@Bean
	SchemaMigrations schemaMigrations(Driver driver, CypherQueries queries) {
		return new SchemaMigrations(driver, "cypher/schema", queries);
	}

	@Bean
	DatabaseReady databaseReady(Driver driver, Neo4jConnectionDetails details, SchemaMigrations migrations) {
		return new DatabaseReady(driver, details, migrations);
	}

	/** Fails start-up with one clear line when Neo4j cannot be reached; then applies the schema. */
	static final class DatabaseReady implements InitializingBean {

		private static final Log logger = LogFactory.getLog(DatabaseReady.class);

		private final Driver driver;

		private final Neo4jConnectionDetails details;

		private final SchemaMigrations migrations;

		DatabaseReady(Driver driver, Neo4jConnectionDetails details, SchemaMigrations migrations) {
			this.driver = driver;
			this.details = details;
			this.migrations = migrations;
		}

		@Override
		public void afterPropertiesSet() {
			try {
				this.driver.verifyConnectivity();
			}
			catch (org.neo4j.driver.exceptions.AuthenticationException ex) {
				String message = "Neo4j at " + this.details.getUri() + " refused the credentials (" + ex.getMessage()
						+ "); set spring.neo4j.authentication.username and spring.neo4j.authentication.password "
						+ "(environment SPRING_NEO4J_AUTHENTICATION_USERNAME / _PASSWORD)";
				logger.error(message);
				throw new StartupCheckException(message, "spring.neo4j.authentication.password", ex);
			}
			catch (RuntimeException ex) {
				String message = "Neo4j at " + this.details.getUri() + " cannot be reached (" + ex.getMessage()
						+ "); set spring.neo4j.uri and spring.neo4j.authentication.username/password, or "
						+ "dutygraph.neo4j.embedded.enabled=true";
				logger.error(message);
				throw new StartupCheckException(message,
						"spring.neo4j.uri (or dutygraph.neo4j.embedded.enabled=true)", ex);
			}
			this.migrations.migrate();
		}

	}

}
