package org.dutygraph.change;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.dutygraph.importer.read.SeedFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ADMIN imports a document given as text, or as the bytes of a .docx or PDF in base64: a new one is
 * IMPORTED with its counts and audited, the same text again is UNCHANGED, and an empty or binary upload is
 * REJECTED with the reason, writing nothing.
 * Whatever a test imported is deleted afterwards, so the shared graph keeps its five seed documents.
 */
class ImportDocumentIT extends ChangeTestSupport {

	static final String FILE_NAME = "change-it-fragment.txt";

	private List<String> nodesBefore;

	private List<String> relationshipsBefore;

	@BeforeEach
	void rememberTheGraph() {
		try (Session session = this.driver.session()) {
			this.nodesBefore = session.run("MATCH (n) RETURN collect(elementId(n)) AS ids").single().get("ids")
				.asList((v) -> v.asString());
			this.relationshipsBefore = session.run("MATCH ()-[r]->() RETURN collect(elementId(r)) AS ids").single()
				.get("ids").asList((v) -> v.asString());
		}
	}

	@AfterEach
	void deleteWhatTheTestImported() {
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) WHERE NOT elementId(n) IN $ids DETACH DELETE n", Map.of("ids", this.nodesBefore))
				.consume();
			session.run("MATCH ()-[r]->() WHERE NOT elementId(r) IN $ids DELETE r",
					Map.of("ids", this.relationshipsBefore)).consume();
		}
	}

	@Test
	void aNewDocumentIsImportedWithItsCountsAndAuditedAndTheSameTextAgainIsUnchanged() throws Exception {
		String text = new ClassPathResource("fixtures/change/import-fragment.txt").getContentAsString(StandardCharsets.UTF_8);
		GraphQlTester.Response first = importAs(text);
		first.path("importDocument.report.status").entity(String.class).isEqualTo("IMPORTED");
		first.path("importDocument.report.documentId").entity(String.class).isEqualTo("change-it-fragment");
		Map<String, Integer> nodes = counts(first, "nodes");
		assertThat(nodes).containsEntry("Task", 2).containsEntry("Document", 1);
		assertThat(counts(first, "relationships")).containsKey("RESPONSIBLE_FOR");
		first.path("importDocument.audit[0].subjectId").entity(String.class).isEqualTo("change-it-fragment");
		first.path("importDocument.audit[0].who").entity(String.class).isEqualTo(ADMIN);
		first.path("importDocument.audit[0].action").entity(String.class).isEqualTo("IMPORT_DOCUMENT");
		first.path("importDocument.audit[0].newValue").entity(String.class).satisfies((v) -> assertThat(v).startsWith("IMPORTED sha256 "));
		patient(this.graphQl).documentName("taskStatus")
			.variable("id", "change-it-fragment:PLAN:(四)/21")
			.execute()
			.path("task.dueDate")
			.entity(String.class)
			.isEqualTo("2022-10-31");

		long audit = auditRecords();
		GraphQlTester.Response second = importAs(text);
		second.path("importDocument.report.status").entity(String.class).isEqualTo("UNCHANGED");
		second.path("importDocument.audit").entityList(Object.class).hasSize(0);
		assertThat(auditRecords()).isEqualTo(audit);
	}

	/**
	 * The same fragment as a Word file (written with Apache POI) and as a PDF (written with PDFBox), each given as
	 * its bytes in base64: the .docx is IMPORTED with the tasks, units and deadline of its text, the PDF reads the
	 * same counts in a dry run, and content that is not base64 is refused with the reason.
	 */
	@Test
	void aWordFileAndAPdfGivenAsBase64ImportLikeTheirText() throws Exception {
		String text = new ClassPathResource("fixtures/change/import-fragment.txt").getContentAsString(StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		GraphQlTester.Response word = importFile("change-it-word.docx", SeedFormats.docx(lines), false);
		word.path("importDocument.report.status").entity(String.class).isEqualTo("IMPORTED");
		word.path("importDocument.report.documentId").entity(String.class).isEqualTo("change-it-word");
		assertThat(counts(word, "nodes")).containsEntry("Task", 2).containsEntry("Document", 1);
		patient(this.graphQl).documentName("taskStatus")
			.variable("id", "change-it-word:PLAN:(四)/21")
			.execute()
			.path("task.dueDate")
			.entity(String.class)
			.isEqualTo("2022-10-31");

		GraphQlTester.Response pdf = importFile("change-it-print.pdf", SeedFormats.pdf(lines, "测试县人民政府文件"), true);
		pdf.path("importDocument.report.status").entity(String.class).isEqualTo("DRY_RUN");
		assertThat(counts(pdf, "nodes")).containsEntry("Task", 2);
		assertThat(counts(pdf, "relationships").get("RESPONSIBLE_FOR")).isEqualTo(counts(word, "relationships").get("RESPONSIBLE_FOR"));

		importer().documentName("importDocument")
			.variable("input", Map.of("fileName", "change-it-bad.docx", "content", "这不是base64", "encoding", "BASE64"))
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).anySatisfy(
					(e) -> assertThat(e.getMessage()).contains("content is not valid base64")));
	}

	@Test
	void anEmptyUploadIsRejectedWithTheReasonAndWritesNothing() {
		rejected("", "The file is empty.");
	}

	@Test
	void aBinaryUploadIsRejectedWithTheReasonAndWritesNothing() {
		rejected("PK\u0003\u0004\u0000\u0000\u0008\u0000", "The file is a ZIP archive but not a Word .docx");
		rejected("\u0001\u0000\u0002\u0000", "The file is binary, or UTF-16 without a byte order mark: it contains a NUL byte");
	}

	private void rejected(String content, String reason) {
		Map<String, Object> before = snapshot();
		long audit = auditRecords();
		GraphQlTester.Response response = importAs(content);
		response.path("importDocument.report.status").entity(String.class).isEqualTo("REJECTED");
		response.path("importDocument.report.documentId").valueIsNull();
		response.path("importDocument.report.findings[0].severity").entity(String.class).isEqualTo("ERROR");
		response.path("importDocument.report.findings[0].message").entity(String.class).satisfies(
				(message) -> assertThat(message).startsWith(reason));
		response.path("importDocument.audit").entityList(Object.class).hasSize(0);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(auditRecords()).isEqualTo(audit);
	}

	/** An import writes a whole document in one transaction: on a busy machine it takes longer than a query. */
	private GraphQlTester importer() {
		return patient(admin());
	}

	/** The tester with two minutes to answer: the first read after an import can wait on a busy machine. */
	private static GraphQlTester patient(HttpGraphQlTester tester) {
		return tester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofMinutes(2)))
			.responseTimeout(Duration.ofMinutes(2))
			.build();
	}

	private GraphQlTester.Response importAs(String content) {
		return importer().documentName("importDocument")
			.variable("input", Map.of("fileName", FILE_NAME, "content", content, "jurisdiction", "沁水县"))
			.execute();
	}

	private GraphQlTester.Response importFile(String fileName, byte[] bytes, boolean dryRun) {
		return importer().documentName("importDocument")
			.variable("input", Map.of("fileName", fileName, "content", Base64.getEncoder().encodeToString(bytes), "encoding",
					"BASE64", "jurisdiction", "沁水县", "dryRun", dryRun))
			.execute();
	}

	private static Map<String, Integer> counts(GraphQlTester.Response response, String field) {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		response.path("importDocument.report." + field)
			.entityList(TaskChangesIT.MAP)
			.get()
			.forEach((c) -> counts.put((String) c.get("key"), (Integer) c.get("count")));
		return counts;
	}

}
