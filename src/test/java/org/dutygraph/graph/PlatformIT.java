package org.dutygraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.dutygraph.GraphCounts;
import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.importer.ImportService;
import org.dutygraph.importer.SeedImporter;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The service on a real Neo4j: health, Bolt, the seed import and its idempotence. */
class PlatformIT extends IntegrationTestSupport {

	@Autowired
	Driver driver;

	@Autowired
	Neo4jConnectionDetails connection;

	@Autowired
	ImportService importService;

	@Autowired
	SeedImporter seedImporter;

	@Autowired
	SchemaMigrations migrations;

	@LocalServerPort
	int port;

	@Test
	void healthSaysUpOnceNeo4jAnswersAndTheSeedIsIn() throws Exception {
		var client = java.net.http.HttpClient.newHttpClient();
		var response = client.send(
				java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/actuator/health"))
					.build(),
				java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void graphiqlAndTheRelationshipPageAreServed() throws Exception {
		var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build();
		for (String path : new String[] { "/graphiql", "/viz/" }) {
			var response = client.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + path))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("<html");
		}
	}

	@Test
	void boltAnswersAHandshakeFromAnIndependentDriver() {
		try (Driver other = GraphDatabase.driver(this.connection.getUri(), this.connection.getAuthToken());
				Session session = other.session()) {
			assertThat(session.run("RETURN 40 + 2 AS answer").single().get("answer").asInt()).isEqualTo(42);
		}
		assertThat(this.connection.getUri().getHost()).isIn("127.0.0.1", "localhost");
	}

	@Test
	void seedDocumentsAreStoredWithTheSha256OfTheirFiles() throws IOException {
		Map<String, String> expected = new TreeMap<>();
		try (Stream<Path> files = Files.list(SEED_DIR)) {
			files.filter((f) -> f.toString().endsWith(".txt"))
				.forEach((f) -> expected.put(f.getFileName().toString(), sha256(f)));
		}
		Map<String, String> stored = new TreeMap<>();
		try (Session session = this.driver.session()) {
			session.run("MATCH (d:Document) RETURN d.fileName AS name, d.sha256 AS sha")
				.forEachRemaining((r) -> stored.put(r.get("name").asString(), r.get("sha").asString()));
		}
		assertThat(expected).hasSize(5);
		assertThat(stored).isEqualTo(expected);
	}

	@Test
	void theFiveDocumentsHoldThirteenPlans() {
		try (Session session = this.driver.session()) {
			Map<String, Long> plans = new TreeMap<>();
			session.run("MATCH (d:Document)-[:CONTAINS]->(p:Plan) RETURN d.id AS doc, count(p) AS plans")
				.forEachRemaining((r) -> plans.put(r.get("doc").asString(), r.get("plans").asLong()));
			assertThat(plans).containsExactlyInAnyOrderEntriesOf(Map.of("000_7e6f630d02834975", 3L,
					"001_bc15039033e882c0", 3L, "002_2958428670c87bc9", 3L, "003_4f158027f32d157e", 3L,
					"004_882a60ef3097f202", 1L));
		}
	}

	@Test
	void importingTheSeedAgainChangesNoCount() throws Exception {
		Map<String, Long> before = GraphCounts.of(this.driver);
		try (Stream<Path> files = Files.list(SEED_DIR)) {
			files.filter((f) -> f.toString().endsWith(".txt"))
				.forEach((f) -> assertThat(this.importService.importFile(f, ImportService.Options.DEFAULT).status())
					.hasToString("UNCHANGED"));
		}
		this.seedImporter.run(null);
		assertThat(GraphCounts.of(this.driver)).isEqualTo(before);
	}

	@Test
	void schemaFilesAreAppliedOnceAndRecorded() {
		assertThat(this.migrations.migrate()).isEmpty();
		try (Session session = this.driver.session()) {
			long recorded = session.run("MATCH (m:SchemaMigration) RETURN count(m) AS n").single().get("n").asLong();
			assertThat(recorded).isEqualTo(this.migrations.load().size()).isGreaterThanOrEqualTo(3);
			long fulltext = session
				.run("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'search_text' "
						+ "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer")
				.list((r) -> r.get("analyzer").asString())
				.stream()
				.filter("cjk"::equals)
				.count();
			assertThat(fulltext).isEqualTo(1);
		}
	}


	private static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
