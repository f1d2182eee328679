package org.dutygraph;

import java.nio.file.Path;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context (and so the one Neo4j) that every integration test shares: the service on a
 * random HTTP port, with the seed documents imported on start into a real Neo4j. By default that is
 * the embedded server in a fresh folder under {@code target/}. With
 * {@code DUTYGRAPH_TEST_BACKEND=testcontainers} and a Docker engine present, the whole suite runs
 * against a Neo4j container instead. The clock is fixed at 2022-09-01 so deadline states are
 * repeatable. Three test users sign in with HTTP Basic (see {@link #EDITOR}); a failed sign-in lock
 * starts at 10 s instead of 30 s. Transactions may take 3 minutes instead of 30 s, since the suite often runs
 * on a busy shared machine, where the first-start import alone can exceed 30 s, and
 * the first Bolt sign-in 10 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dutygraph.today=2022-09-01", "dutygraph.security.users[0].name=" + IntegrationTestSupport.EDITOR,
				"dutygraph.security.users[0].password={noop}" + IntegrationTestSupport.PASSWORD,
				"dutygraph.security.users[0].roles=EDITOR",
				"dutygraph.security.users[1].name=" + IntegrationTestSupport.ADMIN,
				"dutygraph.security.users[1].password={noop}" + IntegrationTestSupport.PASSWORD,
				"dutygraph.security.users[1].roles=ADMIN",
				"dutygraph.security.users[2].name=" + IntegrationTestSupport.VIEWER,
				"dutygraph.security.users[2].password={noop}" + IntegrationTestSupport.PASSWORD,
				"dutygraph.security.users[2].roles=VIEWER", "dutygraph.security.sign-in.lock=10s",
				"spring.transaction.default-timeout=180s", "dutygraph.neo4j.transaction-timeout=180s",
				"spring.neo4j.pool.connection-acquisition-timeout=180s", "spring.neo4j.connection-timeout=60s" })
@AutoConfigureHttpGraphQlTester
@Import(QueryCounter.Configuration.class)
public abstract class IntegrationTestSupport {

	/** Test users, all with {@link #PASSWORD}: an EDITOR, an ADMIN, and a VIEWER who may change nothing. */
	protected static final String EDITOR = "editor";

	protected static final String ADMIN = "admin";

	protected static final String VIEWER = "viewer";

	protected static final String PASSWORD = "test-only-password";

	/** The seed folder the service imports, read by tests to compare with the graph. */
	protected static final Path SEED_DIR = Path.of("seed-data");

	protected static final String DATA_DIR = "target/it-neo4j/" + UUID.randomUUID();

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) {
		if (useContainer()) {
			String password = UUID.randomUUID().toString();
			Neo4jContainer container = new Neo4jContainer("neo4j:5.26-community").withAdminPassword(password);
			container.start();
			registry.add("dutygraph.neo4j.embedded.enabled", () -> "false");
			registry.add("spring.neo4j.uri", container::getBoltUrl);
			registry.add("spring.neo4j.authentication.username", () -> "neo4j");
			registry.add("spring.neo4j.authentication.password", () -> password);
			return;
		}
		registry.add("dutygraph.neo4j.embedded.bolt-port", () -> "0");
		registry.add("dutygraph.neo4j.embedded.data-dir", () -> DATA_DIR);
	}

	private static boolean useContainer() {
		return "testcontainers".equals(System.getenv("DUTYGRAPH_TEST_BACKEND"))
				&& DockerClientFactory.instance().isDockerAvailable();
	}

}
