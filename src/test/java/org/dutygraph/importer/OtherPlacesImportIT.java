package org.dutygraph.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.importer.ImportReport.Status;
import org.dutygraph.importer.load.ImportFinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan of a place the reference data does not know imports all the same: its units are created in
 * that place as written, never merged with a same-named unit of the seed counties, and the report
 * lists each one as not in the reference data.
 */
class OtherPlacesImportIT extends IntegrationTestSupport {

	private static final List<String> PLACES = List.of("潮州市", "黟县");

	@Autowired
	ImportService importService;

	@Autowired
	Driver driver;

	@AfterEach
	void removeTheOtherPlaces() {
		for (String doc : List.of("chaozhou-air-2019", "yixian-eco-2007")) {
			run("MATCH (n:Entity {documentId: $id}) DETACH DELETE n", doc);
			run("MATCH (d:Document {id: $id}) DETACH DELETE d", doc);
		}
		for (String place : PLACES) {
			run("MATCH (n) WHERE n.jurisdiction = $id OR (n:County AND n.name = $id) DETACH DELETE n", place);
		}
	}

	@Test
	void aPlanOfAnUnknownCityImportsWithItsUnitsInThatCity() throws IOException {
		ImportReport report = this.importService.importDocument("chaozhou-air-2019.txt", fixture("chaozhou-air-2019.txt"),
				ImportService.Options.DEFAULT);

		assertThat(report.status()).isEqualTo(Status.IMPORTED);
		assertThat(report.findings()).noneMatch(f -> f.severity().equals("ERROR"));
		assertThat(report.findings()).extracting(ImportFinding::message)
			.contains("unit '市生态环境局' is not in the reference data; resolved by rule to 潮州市生态环境局");
		try (Session session = this.driver.session()) {
			List<Record> leads = session.run("MATCH (a:Agency)-[r:RESPONSIBLE_FOR {role: 'LEAD'}]->"
					+ "(t:Task {documentId: 'chaozhou-air-2019'}) RETURN a.name AS name, a.jurisdiction AS jurisdiction, "
					+ "a.known AS known ORDER BY t.id, r.order").list();
			assertThat(leads).extracting(r -> r.get("name").asString())
				.containsExactly("潮州市生态环境局", "潮州市生态环境局", "潮州市市场监管局");
			assertThat(leads).allSatisfy(r -> {
				assertThat(r.get("jurisdiction").asString()).isEqualTo("潮州市");
				assertThat(r.get("known").asBoolean()).isFalse();
			});
		}
	}

	@Test
	void aSameNamedBureauOfAnotherCountyIsItsOwnAgency() throws IOException {
		ImportReport report = this.importService.importDocument("yixian-eco-2007.txt", fixture("yixian-eco-2007.txt"),
				new ImportService.Options(false, "黟县"));

		assertThat(report.status()).isEqualTo(Status.IMPORTED);
		try (Session session = this.driver.session()) {
			List<String> bureaus = session
				.run("MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(:Task {documentId: 'yixian-eco-2007'}) "
						+ "WHERE a.name ENDS WITH '公安局' RETURN DISTINCT a.name AS name")
				.list(r -> r.get("name").asString());
			assertThat(bureaus).containsExactly("黟县公安局");
			long qinshui = session.run("MATCH (a:Agency {name: '沁水县公安局'})-[:RESPONSIBLE_FOR]->(t:Task) "
					+ "WHERE t.documentId = 'yixian-eco-2007' RETURN count(t) AS n").single().get("n").asLong();
			assertThat(qinshui).isZero();
		}
	}

	private static byte[] fixture(String name) throws IOException {
		try (InputStream in = OtherPlacesImportIT.class.getResourceAsStream("/fixtures/other-places/" + name)) {
			return in.readAllBytes();
		}
	}

	private void run(String cypher, String id) {
		try (Session session = this.driver.session()) {
			session.run(cypher, java.util.Map.of("id", id)).consume();
		}
	}

}
