package org.dutygraph.importer;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.dutygraph.GraphCounts;
import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.importer.ImportReport.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports are transactional and idempotent: bad input is reported and writes nothing, the same bytes
 * change nothing, a new version replaces its document's subgraph and keeps user edges to surviving
 * tasks, and a seed import cut short is completed by the next start.
 */
class ImportIT extends IntegrationTestSupport {

	static final String FRAGMENT = "import-it-fragment.txt";

	static final String V1 = """
			（三）强化扬尘综合管控
			12.全面治理裸地扬尘。在全县范围内开展裸地治理专项行动。〔责任单位：县住建局、县园林绿化服务中心，各乡（镇）人民政府〕
			13.全面管控堆场扬尘。全面禁止物料露天堆放。〔责任单位：县住建局、市生态环境局沁水分局按职责分工负责〕
			""";

	static final String V2 = """
			（三）强化扬尘综合管控
			12.全面治理裸地扬尘。在全县范围内开展裸地治理专项行动，2022 年 9 月底前完成。〔责任单位：县住建局、县园林绿化服务中心，各乡（镇）人民政府〕
			""";

	@Autowired
	ImportService importService;

	@Autowired
	SeedImporter seedImporter;

	@Autowired
	Driver driver;

	@AfterEach
	void removeFragment() {
		run("MATCH (n:Entity {documentId: 'import-it-fragment'}) DETACH DELETE n");
		run("MATCH (d:Document {id: 'import-it-fragment'}) DETACH DELETE d");
	}

	@Test
	void emptyBinaryAndUndecodableFilesAreRejectedWithTheReasonAndWriteNothing() {
		Map<String, Long> before = GraphCounts.of(this.driver);
		ImportReport empty = this.importService.importDocument("empty.txt", new byte[0], ImportService.Options.DEFAULT);
		ImportReport binary = this.importService.importDocument("binary.txt", new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, 1 },
				ImportService.Options.DEFAULT);
		byte[] gbk = "责任单位".getBytes(java.nio.charset.Charset.forName("GBK"));
		byte[] undecodable = java.util.Arrays.copyOf(gbk, gbk.length + 2);
		undecodable[gbk.length] = (byte) 0xFF;
		undecodable[gbk.length + 1] = (byte) 0xFF;
		ImportReport latin1 = this.importService.importDocument("bad.txt", undecodable, ImportService.Options.DEFAULT);
		assertThat(empty.status()).isEqualTo(Status.REJECTED);
		assertThat(binary.status()).isEqualTo(Status.REJECTED);
		assertThat(latin1.status()).isEqualTo(Status.REJECTED);
		assertThat(empty.findings()).singleElement().satisfies((f) -> assertThat(f.message()).containsIgnoringCase("empty"));
		assertThat(latin1.findings()).singleElement().satisfies((f) -> assertThat(f.message()).contains("UTF-8"));
		assertThat(GraphCounts.of(this.driver)).isEqualTo(before);
	}

	@Test
	void theSameBytesTwiceChangeNothing() {
		ImportReport first = importFragment(V1);
		Map<String, Long> after = GraphCounts.of(this.driver);
		ImportReport second = importFragment(V1);
		assertThat(first.status()).isEqualTo(Status.IMPORTED);
		assertThat(first.nodes()).containsEntry("Task", 2);
		assertThat(second.status()).isEqualTo(Status.UNCHANGED);
		assertThat(GraphCounts.of(this.driver)).isEqualTo(after);
	}

	@Test
	void aNewVersionReplacesTheSubgraphAndKeepsUserEdgesToSurvivingTasks() {
		importFragment(V1);
		String task12 = "import-it-fragment:PLAN:(三)/12";
		String task13 = "import-it-fragment:PLAN:(三)/13";
		run("MATCH (a:Task {id: '" + task12 + "'}), (b:Task {id: '001_bc15039033e882c0:WATER:三/(三)/8'}) "
				+ "CREATE (a)-[:DEPENDS_ON {key: 'USER', basis: 'USER', reason: 'test'}]->(b)");
		ImportReport replaced = importFragment(V2);
		assertThat(replaced.status()).isEqualTo(Status.REPLACED);
		try (Session session = this.driver.session()) {
			assertThat(session.run("MATCH (t:Task {documentId: 'import-it-fragment'}) RETURN t.id AS id")
				.list((r) -> r.get("id").asString())).containsExactly(task12);
			assertThat(session.run("MATCH (:Task {id: $id})-[r:DEPENDS_ON {basis: 'USER'}]->() RETURN count(r) AS n",
					Map.of("id", task12)).single().get("n").asLong()).isEqualTo(1);
			assertThat(session.run("MATCH (t:Task {id: $id}) RETURN t.dueDate AS due", Map.of("id", task12))
				.single()
				.get("due")
				.asLocalDate()).hasToString("2022-09-30");
			assertThat(session.run("MATCH (t:Task {id: $id}) RETURN count(t) AS n", Map.of("id", task13))
				.single()
				.get("n")
				.asLong()).isZero();
			assertThat(session.run("MATCH (d:Document {id: 'import-it-fragment'}) RETURN count(d) AS n")
				.single()
				.get("n")
				.asLong()).isEqualTo(1);
		}
	}

	@Test
	void aSeedImportCutShortIsCompletedByTheNextStartWithoutDuplicates() {
		Map<String, Long> complete = GraphCounts.of(this.driver);
		// what a kill -9 after four documents leaves: no completion marker, one document missing. The missing
		// one is a seed document that no other test of the shared context has changed (no audit record points
		// at it or its nodes), since a first import that was cut short cannot have had changes yet.
		String missing;
		try (Session session = this.driver.session()) {
			missing = session.run("""
					MATCH (d:Document) WHERE d.id IN ['003_4f158027f32d157e', '002_2958428670c87bc9', '000_7e6f630d02834975']
					  AND NOT EXISTS { MATCH (:AuditRecord)-[:ABOUT]->(n) WHERE n = d OR n.documentId = d.id }
					RETURN d.id AS id ORDER BY id DESC LIMIT 1""").single().get("id").asString();
		}
		run("MATCH (s:SeedImport) DELETE s");
		run("MATCH (n:Entity {documentId: $id}) DETACH DELETE n", Map.of("id", missing));
		run("MATCH (d:Document {id: $id}) DETACH DELETE d", Map.of("id", missing));
		this.seedImporter.run(null);
		assertThat(GraphCounts.of(this.driver)).isEqualTo(complete);
	}

	private ImportReport importFragment(String text) {
		return this.importService.importDocument(FRAGMENT, text.getBytes(StandardCharsets.UTF_8),
				new ImportService.Options(false, "沁水县"));
	}

	private void run(String cypher) {
		run(cypher, Map.of());
	}

	private void run(String cypher, Map<String, Object> parameters) {
		try (Session session = this.driver.session()) {
			session.run(cypher, parameters).consume();
		}
	}


}
