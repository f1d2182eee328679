package org.dutygraph.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dutygraph.DutyGraphApplication;
import org.dutygraph.importer.read.SeedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dutygraph.seed.dir} pointed at a folder of one's own documents (no reference/ in it, formats
 * mixed, subfolders): the service starts with its bundled reference data and imports every document
 * into its own real Neo4j.
 */
class OwnDocumentsFolderIT {

	@Test
	void aFolderOfOwnDocumentsIsImportedOnFirstStartWithTheBundledReferenceData(@TempDir Path dir) throws Exception {
		Path docs = Files.createDirectories(dir.resolve("docs/qinshui"));
		Files.write(docs.resolve("001.docx"), SeedDocuments.docx("001"));
		Files.write(dir.resolve("docs").resolve("001-gbk.txt"), SeedDocuments.text("001", Charset.forName("GBK")));
		Files.writeString(dir.resolve("docs").resolve("notes.md"), "not a plan", StandardCharsets.UTF_8);

		SpringApplication app = new SpringApplication(DutyGraphApplication.class);
		app.setWebApplicationType(WebApplicationType.NONE);
		try (ConfigurableApplicationContext context = app.run("--dutygraph.seed.dir=" + dir.resolve("docs"),
				"--dutygraph.neo4j.embedded.data-dir=" + dir.resolve("neo4j"), "--dutygraph.neo4j.embedded.bolt-port=0",
				"--spring.main.banner-mode=off")) {
			try (Session session = context.getBean(Driver.class).session()) {
				List<Map<String, Object>> documents = session
					.run("MATCH (d:Document) OPTIONAL MATCH (d)-[:CONTAINS]->(:Plan)-[:HAS_TASK]->(t:Task) "
							+ "RETURN d.id AS id, count(t) AS tasks ORDER BY id")
					.list((r) -> r.asMap());
				assertThat(documents).containsExactly(Map.of("id", "001", "tasks", 102L),
						Map.of("id", "001-gbk", "tasks", 102L));
				assertThat(session.run("MATCH (a:Agency {name: '沁水县住房和城乡建设局'})-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->"
						+ "(t:Task {id: '001:WATER:三/(三)/8'}) RETURN r.asWritten AS w").single().get("w").asString())
					.isEqualTo("县住建局");
			}
		}
	}

}
