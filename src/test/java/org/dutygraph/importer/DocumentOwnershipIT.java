package org.dutygraph.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.dutygraph.GraphCounts;
import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.importer.ImportReport.Status;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Relationship;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document's replace takes away only what that document wrote. Three documents that share sections,
 * agencies, aliases, townships and enterprises with the seed documents (changed copies of 000, 001 and
 * 004 under other names) are imported; then each of them, and seed document 000 itself, is replaced by
 * a changed version, and every other document's subgraph (its own nodes, every relationship it wrote or
 * that touches its nodes, with the nodes at both ends, all with their properties) must read the same
 * before and after. An audit link to a surviving task survives; removing the three documents restores
 * the graph the seed import made, count for count.
 */
class DocumentOwnershipIT extends IntegrationTestSupport {

	static final String SEED_000 = "000_7e6f630d02834975";

	static final List<String> SEED = List.of(SEED_000, "001_bc15039033e882c0", "002_2958428670c87bc9",
			"003_4f158027f32d157e", "004_882a60ef3097f202");

	@Autowired
	ImportService importService;

	@Autowired
	Driver driver;

	@Test
	void replacingADocumentLeavesEveryOtherDocumentsSubgraphAsItWas() throws IOException {
		Map<String, Long> seedCounts = GraphCounts.of(this.driver);
		Map<String, String> copies = new LinkedHashMap<>();
		copies.put("905_ownership", SEED_000);
		copies.put("906_ownership", "001_bc15039033e882c0");
		copies.put("907_ownership", "004_882a60ef3097f202");
		try {
			for (Map.Entry<String, String> copy : copies.entrySet()) {
				assertThat(importText(copy.getKey(), changed(seedText(copy.getValue()), 1)).status())
					.isEqualTo(Status.IMPORTED);
			}
			// the 905 copy of 000 shares 000's monitoring sections: the AFFECTS and SETS_SECTION_TARGET
			assertThat(count("MATCH (:Document {id: '905_ownership'})-[:CONTAINS]->(:Plan)-[r:SETS_SECTION_TARGET]->"
					+ "(s:MonitoringSection)<-[:SETS_SECTION_TARGET]-(:Plan)<-[:CONTAINS]-(:Document {id: $seed}) "
					+ "RETURN count(r) AS n", SEED_000)).isPositive();
			String audited = firstTask("906_ownership");
			// an audit record about a task that survives its document's replace, as the change API writes it
			try (Session session = this.driver.session()) {
				session.run("""
						MATCH (t:Task {id: $id})
						CREATE (a:AuditRecord:Entity {id: randomUUID(), subjectId: $id, who: 'editor',
						        at: datetime(), action: 'UPDATE_TASK_STATUS', field: 'status',
						        oldValue: 'NOT_STARTED', newValue: 'IN_PROGRESS', reason: '开工', version: 1})
						CREATE (a)-[:ABOUT]->(t)
						SET t.status = 'IN_PROGRESS', t.version = 1""", Map.of("id", audited)).consume();
			}
			List<String> all = new ArrayList<>(SEED);
			all.addAll(copies.keySet());
			for (String replaced : List.of("905_ownership", "906_ownership", "907_ownership", SEED_000)) {
				Map<String, Set<String>> before = subgraphs(all, replaced);
				String source = copies.getOrDefault(replaced, replaced);
				if (replaced.equals(SEED_000)) {
					// 905's new version has these very bytes: under 000's name they are a duplicate of 905
					ImportReport duplicate = importText(replaced, changed(seedText(source), 2));
					assertThat(duplicate.status()).isEqualTo(Status.DUPLICATE);
					assertThat(duplicate.documentId()).isEqualTo("905_ownership");
				}
				int changes = replaced.equals(SEED_000) ? 3 : 2;
				assertThat(importText(replaced, changed(seedText(source), changes)).status()).isEqualTo(Status.REPLACED);
				Map<String, Set<String>> after = subgraphs(all, replaced);
				for (String other : before.keySet()) {
					assertThat(difference(before.get(other), after.get(other)))
						.as("what replacing %s changed in %s's subgraph", replaced, other)
						.isEmpty();
				}
			}
			assertThat(count("MATCH (:AuditRecord)-[r:ABOUT]->(t:Task {id: $seed, status: 'IN_PROGRESS', version: 1}) "
					+ "RETURN count(r) AS n", audited))
				.as("the audit link and status of a task that survives its document's replace")
				.isEqualTo(1);
			assertThat(importText(SEED_000, seedText(SEED_000)).status()).isEqualTo(Status.REPLACED);
		}
		finally {
			copies.keySet().forEach(this.importService::removeDocument);
			try (Session session = this.driver.session()) {
				session.run("MATCH (a:AuditRecord) WHERE a.subjectId STARTS WITH '906_ownership' DETACH DELETE a")
					.consume();
			}
		}
		assertThat(GraphCounts.of(this.driver)).isEqualTo(seedCounts);
	}

	@Test
	void aUnitOnlyOneDocumentNamedGoesWithThatDocumentsReplaceAndSharedOnesStay() {
		String unit = "沁水县测试专用服务中心";
		String v1 = "（一）测试\n1.开展专项测试。〔责任单位：" + unit + "、县住建局〕\n";
		String v2 = "（一）测试\n1.开展专项测试。〔责任单位：县住建局〕\n";
		try {
			assertThat(importText("908_ownership", v1).status()).isEqualTo(Status.IMPORTED);
			assertThat(count("MATCH (a:Agency {name: $seed}) RETURN count(a) AS n", unit)).isEqualTo(1);
			assertThat(importText("908_ownership", v2).status()).isEqualTo(Status.REPLACED);
			assertThat(count("MATCH (a:Agency {name: $seed}) RETURN count(a) AS n", unit)).isZero();
			assertThat(count("MATCH (a:Alias {text: $seed}) RETURN count(a) AS n", unit)).isZero();
			assertThat(count("MATCH (a:Agency {name: $seed}) RETURN count(a) AS n", "沁水县住房和城乡建设局"))
				.isEqualTo(1);
		}
		finally {
			this.importService.removeDocument("908_ownership");
		}
	}

	private ImportReport importText(String documentId, String text) {
		return this.importService.importDocument(documentId + ".txt", text.getBytes(StandardCharsets.UTF_8),
				ImportService.Options.DEFAULT);
	}

	private static String seedText(String documentId) throws IOException {
		return Files.readString(SEED_DIR.resolve(documentId + ".txt"));
	}

	/** The text with its first {@code n} occurrences of 全面 written 全力: same tasks, other words. */
	private static String changed(String text, int n) {
		String result = text;
		for (int i = 0; i < n; i++) {
			String next = result.replaceFirst("全面", "全力");
			assertThat(next).isNotEqualTo(result);
			result = next;
		}
		return result;
	}

	private String firstTask(String documentId) {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (t:Task {documentId: $d}) RETURN t.id AS id ORDER BY t.sortKey LIMIT 1",
					Map.of("d", documentId)).single().get("id").asString();
		}
	}

	private long count(String cypher, String seed) {
		try (Session session = this.driver.session()) {
			return session.run(cypher, Map.of("seed", seed)).single().get("n").asLong();
		}
	}

	/** The subgraph of every document but {@code except}, each as a set of lines. */
	private Map<String, Set<String>> subgraphs(List<String> documents, String except) {
		Map<String, Set<String>> all = new TreeMap<>();
		for (String documentId : documents) {
			if (!documentId.equals(except)) {
				all.put(documentId, subgraph(documentId));
			}
		}
		return all;
	}

	/**
	 * A document's own nodes, and every relationship it wrote or that touches one of its nodes, with the
	 * nodes at both ends; all with labels and properties.
	 */
	private Set<String> subgraph(String documentId) {
		Set<String> lines = new TreeSet<>();
		try (Session session = this.driver.session()) {
			Map<String, Object> params = Map.of("d", documentId);
			session.run("""
					MATCH (n:Entity)
					WHERE (n.documentId = $d AND NOT n:MonitoringSection) OR (n:Document AND n.id = $d)
					RETURN n""", params).forEachRemaining((r) -> lines.add("node " + node(r.get("n"), documentId)));
			session.run("""
					MATCH (n:Entity)
					WHERE (n.documentId = $d AND NOT n:MonitoringSection) OR (n:Document AND n.id = $d)
					MATCH (n)-[r]-()
					WITH DISTINCT r
					RETURN startNode(r) AS a, r, endNode(r) AS b
					UNION
					MATCH (a)-[r]->(b) WHERE r.documentId = $d
					RETURN a, r, b""", params).forEachRemaining((Record r) -> {
				Relationship rel = r.get("r").asRelationship();
				lines.add(rel.type() + " " + normal(rel.asMap()) + " from " + node(r.get("a"), documentId) + " to "
						+ node(r.get("b"), documentId));
			});
		}
		assertThat(lines).as("subgraph of %s", documentId).isNotEmpty();
		return lines;
	}

	/**
	 * A node as a line: with its properties when it is the document's own or a shared node (what a
	 * replace of another document must leave alone); another document's node or an audit record at the
	 * far end of a link by id only, since its own document may change it.
	 */
	private static String node(Value value, String documentId) {
		Node n = value.asNode();
		List<String> labels = toList(n.labels());
		boolean shared = labels.stream().anyMatch(SHARED::contains);
		boolean own = documentId.equals(n.get("documentId").asString(null))
				|| (labels.contains("Document") && documentId.equals(n.get("id").asString(null)));
		return new TreeSet<>(labels) + " " + ((shared || own) ? normal(n.asMap()) : n.get("id").asString(""));
	}

	static final Set<String> SHARED = Set.of("Agency", "Alias", "County", "Township", "Enterprise", "MonitoringSection",
			"ExternalDoc");

	private static List<String> toList(Iterable<String> items) {
		List<String> list = new ArrayList<>();
		items.forEach(list::add);
		return list;
	}

	/** Properties in key order, so that two reads of the same node print the same line. */
	private static String normal(Map<String, Object> props) {
		return new TreeMap<>(props).toString();
	}

	private static List<String> difference(Set<String> before, Set<String> after) {
		List<String> changes = new ArrayList<>();
		Set<String> gone = new HashSet<>(before);
		gone.removeAll(after);
		Set<String> added = new HashSet<>(after);
		added.removeAll(before);
		gone.stream().sorted().limit(10).forEach((l) -> changes.add("- " + l));
		added.stream().sorted().limit(10).forEach((l) -> changes.add("+ " + l));
		return changes;
	}

}
