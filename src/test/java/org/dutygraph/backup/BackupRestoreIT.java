package org.dutygraph.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.graph.CypherQueries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented backup and restore, on the service's own seed graph: back it up, wipe it, restore
 * it, and the graph has the same nodes by label, the same relationships by type, and gives the same
 * answers over HTTP, dates still dates.
 */
class BackupRestoreIT extends IntegrationTestSupport {

	private static final String TASK = "001_bc15039033e882c0:WATER:三/(三)/8";

	private static final String ANSWERS = """
			{ task(id: "%s") { title responsibilities { role asWritten agency { name } source { line } } }
			  tasks(where: {agency: "县住建局", jurisdiction: "沁水县", role: LEAD, dueBefore: "2022-10-31"}) { totalCount }
			  delayImpact(taskId: "%s", delayDays: 30) { projectedDate affectedTasks { task { id } } }
			  search(text: "尉迟") { id label }
			  township(name: "郑村镇") { summary { direct inherited } } }
			""".formatted(TASK, TASK);

	@Autowired
	GraphBackup backup;

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

	HttpGraphQlTester graphQl;

	/** Whole-graph answers on a loaded build machine can take longer than the tester's default 5 s. */
	@Autowired
	void graphQl(HttpGraphQlTester tester) {
		this.graphQl = tester.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
	}

	@Test
	void theSeedGraphSurvivesBackupWipeAndRestore(@TempDir Path dir) throws IOException {
		Map<String, Long> labels = counts("backup/countByLabel");
		Map<String, Long> types = counts("backup/countByType");
		Map<String, Object> answers = answers();
		assertThat(labels).containsEntry("Document", 5L).containsKey("Task");
		assertThat(answers.toString()).contains("沁水县住房和城乡建设局", "totalCount=2", "projectedDate=2023-01-30");

		Path file = dir.resolve("graph.jsonl.gz");
		GraphBackup.Counts saved = this.backup.backup(file);
		assertThat(saved.nodes()).isEqualTo(nodes());
		assertThat(saved.relationships()).isEqualTo(total(types));

		assertThatThrownBy(() -> this.backup.restore(file, false))
			.hasMessageContaining("restore into an empty data folder, or add --wipe");
		GraphBackup.Counts restored = this.backup.restore(file, true);

		assertThat(restored).isEqualTo(saved);
		assertThat(counts("backup/countByLabel")).isEqualTo(labels);
		assertThat(counts("backup/countByType")).isEqualTo(types);
		assertThat(answers()).isEqualTo(answers);
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

	private long nodes() {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS n").single().get("n").asLong();
		}
	}

	private Map<String, Object> answers() {
		return this.graphQl.document(ANSWERS).execute().returnResponse().getData();
	}

	private Map<String, Long> counts(String query) {
		Map<String, Long> counts = new LinkedHashMap<>();
		try (Session session = this.driver.session()) {
			session.run(this.queries.get(query))
				.forEachRemaining((r) -> counts.put(r.get(0).asString(), r.get(1).asLong()));
		}
		return counts;
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
