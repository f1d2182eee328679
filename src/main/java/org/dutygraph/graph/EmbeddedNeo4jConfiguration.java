package org.dutygraph.graph;

import java.net.URI;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs Neo4j in-process (the default) and points Boot's driver at it. With
 * {@code dutygraph.neo4j.embedded.enabled=false} this configuration steps aside and Boot connects to
 * {@code spring.neo4j.uri} as usual.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dutygraph.neo4j.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

	/** The server started early in the background, or, where nothing did, started now. */
	@Bean(destroyMethod = "close")
	EmbeddedNeo4j embeddedNeo4j(ObjectProvider<EmbeddedNeo4jStart> early, DutyGraphProperties properties) {
		EmbeddedNeo4jStart start = early.getIfAvailable();
		if (start != null) {
			return start.await();
		}
		return EmbeddedNeo4j.start(properties.neo4j().embedded(), properties.neo4j().transactionTimeout());
	}

	@Bean
	Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j embeddedNeo4j) {
		return new Neo4jConnectionDetails() {
			@Override
			public URI getUri() {
				return embeddedNeo4j.boltUri();
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.basic(embeddedNeo4j.user(), embeddedNeo4j.password());
			}
		};
	}

}
