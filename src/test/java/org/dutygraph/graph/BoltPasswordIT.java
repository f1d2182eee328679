package org.dutygraph.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.dutygraph.DutyGraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server's Bolt password over the life of a store: the configured one from the first
 * start on, a changed configuration taking over on the next start, a generated one once the
 * configuration is gone; and external mode, where credentials come from configuration only.
 */
class BoltPasswordIT {

	@TempDir
	Path dir;

	@Test
	void theConfiguredPasswordRulesEveryStartAndAChangedOneReplacesIt() {
		Path home = this.dir.resolve("neo4j");
		try (EmbeddedNeo4j neo4j = start(home, "first-password-1")) {
			assertRefused(neo4j, AuthTokens.none());
			assertRefused(neo4j, AuthTokens.basic("neo4j", "neo4j"));
			assertAccepted(neo4j, "first-password-1");
		}
		assertThat(home.resolve(BoltPassword.FILE_NAME)).doesNotExist();
		try (EmbeddedNeo4j neo4j = start(home, "second-password-2")) {
			assertRefused(neo4j, AuthTokens.basic("neo4j", "first-password-1"));
			assertAccepted(neo4j, "second-password-2");
		}
		try (EmbeddedNeo4j neo4j = start(home, null)) {
			assertThat(home.resolve(BoltPassword.FILE_NAME)).exists();
			assertThat(neo4j.password()).isNotEqualTo("second-password-2").hasSizeGreaterThanOrEqualTo(32);
			assertRefused(neo4j, AuthTokens.basic("neo4j", "second-password-2"));
			assertAccepted(neo4j, neo4j.password());
		}
	}

	@Test
	void aTooShortPasswordStopsStartUpNamingTheProperty() {
		assertThatThrownBy(() -> start(this.dir.resolve("short"), "short"))
			.isInstanceOf(StartupCheckException.class)
			.hasMessageContaining("dutygraph.neo4j.embedded.password is shorter than 8 characters");
	}

	@Test
	void externalModeTakesCredentialsFromConfigurationOnly() {
		try (EmbeddedNeo4j server = start(this.dir.resolve("external"), "external-password")) {
			String uri = server.boltUri().toString();
			SpringApplication app = new SpringApplication(DutyGraphApplication.class);
			app.setWebApplicationType(WebApplicationType.NONE);
			assertThatThrownBy(() -> app.run("--dutygraph.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + uri,
					"--dutygraph.seed.import-on-start=false", "--spring.main.banner-mode=off"))
				.hasStackTraceContaining("Neo4j at " + uri + " refused the credentials")
				.hasStackTraceContaining("set spring.neo4j.authentication.username and spring.neo4j.authentication.password");
			try (ConfigurableApplicationContext context = app.run("--dutygraph.neo4j.embedded.enabled=false",
					"--spring.neo4j.uri=" + uri, "--spring.neo4j.authentication.username=neo4j",
					"--spring.neo4j.authentication.password=external-password", "--dutygraph.seed.import-on-start=false",
					"--spring.main.banner-mode=off")) {
				try (Session session = context.getBean(Driver.class).session()) {
					assertThat(session.run("MATCH (m:SchemaMigration) RETURN count(m) AS n").single().get("n").asLong())
						.isGreaterThanOrEqualTo(3);
				}
			}
		}
	}

	private static EmbeddedNeo4j start(Path home, String password) {
		return EmbeddedNeo4j.start(new DutyGraphProperties.Embedded(true, home, 0, "127.0.0.1", "16m", password, false),
				Duration.ofSeconds(30));
	}

	private static void assertRefused(EmbeddedNeo4j neo4j, AuthToken token) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), token); Session session = driver.session()) {
			assertThatThrownBy(() -> session.run("RETURN 1").consume()).as(token.toString())
				.isInstanceOf(AuthenticationException.class);
		}
	}

	private static void assertAccepted(EmbeddedNeo4j neo4j, String password) {
		try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", password));
				Session session = driver.session()) {
			assertThat(session.run("RETURN 40 + 2 AS n").single().get("n").asInt()).isEqualTo(42);
		}
	}

}
