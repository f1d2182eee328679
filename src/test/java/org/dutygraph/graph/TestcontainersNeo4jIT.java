package org.dutygraph.graph;

import org.dutygraph.DutyGraphApplication;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * External mode against a real Neo4j 5 server in a container: the seed import lands there exactly as
 * in the embedded server. Skipped where no Docker engine runs.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersNeo4jIT {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community").withoutAuthentication();

	@Test
	void theSeedImportLandsInAnExternalServer() {
		SpringApplication app = new SpringApplication(DutyGraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = app.run("--dutygraph.neo4j.embedded.enabled=false",
				"--spring.neo4j.uri=" + neo4j.getBoltUrl(), "--spring.main.banner-mode=off")) {
			try (Session session = context.getBean(Driver.class).session()) {
				assertThat(session.run("MATCH (d:Document) RETURN count(d) AS n").single().get("n").asLong())
					.isEqualTo(5);
				assertThat(session.run("MATCH (p:Plan) RETURN count(p) AS n").single().get("n").asLong()).isEqualTo(13);
			}
		}
	}

}
