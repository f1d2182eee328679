package org.dutygraph.graph;

import java.io.IOException;
import java.net.ServerSocket;

import org.dutygraph.DutyGraphApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** External mode: an unreachable server stops start-up with one line naming the properties. */
class ExternalNeo4jIT {

	@Test
	void anUnreachableExternalNeo4jStopsStartUpNamingTheUriProperty() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		SpringApplication app = new SpringApplication(DutyGraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		String uri = "bolt://127.0.0.1:" + closedPort;
		assertThatThrownBy(() -> app.run("--dutygraph.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + uri,
				"--dutygraph.seed.import-on-start=false", "--spring.main.banner-mode=off"))
			.hasStackTraceContaining("Neo4j at " + uri + " cannot be reached")
			.hasStackTraceContaining("set spring.neo4j.uri");
	}

}
