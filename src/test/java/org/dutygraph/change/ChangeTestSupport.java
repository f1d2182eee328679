package org.dutygraph.change;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.model.AuditRecord;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Helpers of the change tests, on the one shared context: testers signed in as a test user, and
 * snapshots of the graph to prove that a refused change wrote nothing. Each test class changes its own
 * seed tasks, which no other test asserts the status of.
 */
abstract class ChangeTestSupport extends IntegrationTestSupport {

	/** 沁水县 2022 water tasks 7 to 11 (001 L895–922); 9 was due 2022-08-31, so it is overdue on 2022-09-01. */
	static final String WATER_7 = "001_bc15039033e882c0:WATER:三/(三)/7";

	static final String WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	static final String WATER_9 = "001_bc15039033e882c0:WATER:三/(三)/9";

	static final String WATER_10 = "001_bc15039033e882c0:WATER:三/(三)/10";

	static final String WATER_11 = "001_bc15039033e882c0:WATER:三/(三)/11";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	HttpGraphQlTester as(String user) {
		return this.graphQl.mutate().headers((h) -> h.setBasicAuth(user, PASSWORD)).build();
	}

	HttpGraphQlTester editor() {
		return as(EDITOR);
	}

	HttpGraphQlTester admin() {
		return as(ADMIN);
	}

	/** Nodes by label and relationships by type, and the properties of the given tasks. */
	Map<String, Object> snapshot(String... taskIds) {
		Map<String, Object> snapshot = new TreeMap<>();
		try (Session session = this.driver.session()) {
			session.run("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")
				.forEachRemaining((r) -> snapshot.put(r.get("label").asString(), r.get("n").asLong()));
			session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n")
				.forEachRemaining((r) -> snapshot.put("rel:" + r.get("type").asString(), r.get("n").asLong()));
			session.run("MATCH (t:Task) WHERE t.id IN $ids RETURN t.id AS id, t {.*} AS props",
					Map.of("ids", List.of(taskIds)))
				.forEachRemaining((r) -> snapshot.put(r.get("id").asString(), r.get("props").asMap()));
		}
		return snapshot;
	}

	long auditRecords() {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (a:AuditRecord) RETURN count(a) AS n").single().get("n").asLong();
		}
	}

	Value task(String id) {
		try (Session session = this.driver.session()) {
			return session.run("MATCH (t:Task {id: $id}) RETURN t {.*} AS t", Map.of("id", id)).single().get("t");
		}
	}

}
