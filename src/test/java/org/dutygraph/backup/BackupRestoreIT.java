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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The documented backup, on the service's own seed graph: a backup cut short is recognised and refused
 * before a restore deletes anything.
 */
class BackupRestoreIT extends IntegrationTestSupport {

	@Autowired
	GraphBackup backup;

	@Autowired
	Driver driver;

	@Autowired
	CypherQueries queries;

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
