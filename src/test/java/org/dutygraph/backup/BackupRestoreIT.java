package org.dutygraph.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dutygraph.DutyGraphApplication;
import org.dutygraph.GraphCounts;
import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.DutyGraphProperties;
import org.dutygraph.graph.EmbeddedNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented backup and restore, on the service's own seed graph: backed up to a file, restored by
 * the {@code restore} command into an empty data folder (the store wiped), and that store, started on
 * its own, holds every node and relationship of the original, property types included (counts by label
 * and type, and a digest of the whole content). A backup cut short is recognised and refused before a
 * restore deletes anything.
 */
class BackupRestoreIT extends IntegrationTestSupport {

	@Autowired
	GraphBackup backup;

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

	@Test
	void theSeedGraphBackedUpAndRestoredIntoAnEmptyDataFolderIsTheSameGraph(@TempDir Path dir) throws IOException {
		Map<String, Long> counts = GraphCounts.of(this.driver);
		String digest = GraphDigest.of(this.driver);
		assertThat(counts).containsEntry("Document", 5L).containsEntry("Plan", 13L);

		Path file = dir.resolve("graph.jsonl.gz");
		GraphBackup.Counts saved = this.backup.backup(file);
		assertThat(digest).startsWith((saved.nodes() + saved.relationships()) + " ");

		Path restored = dir.resolve("restored");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = BackupCommand.run(new String[] { "restore", "--from", file.toString(),
				"--dutygraph.neo4j.embedded.data-dir=" + restored, "--dutygraph.neo4j.embedded.bolt-port=0" },
				new PrintStream(out, true, StandardCharsets.UTF_8), DutyGraphApplication.class);
		assertThat(out.toString(StandardCharsets.UTF_8).strip()).isEqualTo("restore " + file + ": " + saved.nodes()
				+ " nodes, " + saved.relationships() + " relationships");
		assertThat(exit).isZero();

		try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(
				new DutyGraphProperties.Embedded(true, restored, 0, "127.0.0.1", "16m", null, false), Duration.ofMinutes(3));
				Driver started = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), neo4j.password()))) {
			assertThat(GraphCounts.of(started)).isEqualTo(counts);
			assertThat(GraphDigest.of(started)).isEqualTo(digest);
		}
	}

	@Test
	void aBackupCutShortIsRefusedBeforeAnythingIsDeleted(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("graph.jsonl.gz");
		this.backup.backup(file);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		Map<String, Long> labels = counts("backup/countByLabel");

		assertThatThrownBy(() -> this.backup.restore(file, true)).hasMessageContaining("is incomplete");
		assertThat(counts("backup/countByLabel")).isEqualTo(labels);
	}

	private Map<String, Long> counts(String query) {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Session session = this.driver.session()) {
			session.run(this.queries.get(query))
				.forEachRemaining((r) -> counts.put(r.get(0).asString(), r.get(1).asLong()));
		}
		return counts;
	}

}
