package org.dutygraph.change;

import org.dutygraph.model.AuditRecord;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependencies entered by users: audited, refused when they would close a cycle (naming it), and
 * removable unless the importer derived them from the text. Every test leaves no edge behind.
 */
class DependencyChangesIT extends ChangeTestSupport {

	@AfterEach
	void removeTheEdgesOfTheseTests() {
		try (Session session = this.driver.session()) {
			session.run("MATCH (:Task)-[r:DEPENDS_ON]->(:Task) WHERE r.reason STARTS WITH 'test:' DELETE r").consume();
		}
	}

	@Test
	void aUserDependencyIsAddedWithItsAuditRecordAndShowsOnTheTask() {
		add(WATER_10, WATER_9, "test: 先完成中村镇工程").path("addDependency.dependency.basis")
			.entity(String.class)
			.isEqualTo("USER")
			.path("addDependency.dependency.prerequisite.id")
			.entity(String.class)
			.isEqualTo(WATER_9)
			.path("addDependency.audit[0].who")
			.entity(String.class)
			.isEqualTo(EDITOR)
			.path("addDependency.audit[0].action")
			.entity(String.class)
			.isEqualTo("ADD_DEPENDENCY")
			.path("addDependency.audit[0].subjectId")
			.entity(String.class)
			.isEqualTo(WATER_10)
			.path("addDependency.audit[0].oldValue")
			.valueIsNull()
			.path("addDependency.audit[0].newValue")
			.entity(String.class)
			.isEqualTo(WATER_9)
			.path("addDependency.audit[0].reason")
			.entity(String.class)
			.isEqualTo("test: 先完成中村镇工程");
		this.graphQl.documentName("taskStatus")
			.variable("id", WATER_10)
			.execute()
			.path("task.dependsOn[*].id")
			.entityList(String.class)
			.containsExactly(WATER_9);
		try (Session session = this.driver.session()) {
			Map<String, Object> edge = session
				.run("MATCH (:Task {id: $d})-[r:DEPENDS_ON]->(:Task {id: $p}) RETURN r {.*} AS r",
						Map.of("d", WATER_10, "p", WATER_9))
				.single()
				.get("r")
				.asMap();
			assertThat(edge).containsEntry("basis", "USER")
				.containsEntry("key", "USER")
				.containsEntry("createdBy", EDITOR)
				.containsKey("createdAt");
		}
	}

	@Test
	void aDependencyThatWouldCloseACycleIsRefusedNamingThePath() {
		add(WATER_9, WATER_10, "test: 9 after 10").path("addDependency.dependency.basis").hasValue();
		add(WATER_10, WATER_11, "test: 10 after 11").path("addDependency.dependency.basis").hasValue();
		Map<String, Object> before = snapshot(WATER_9, WATER_10, WATER_11);
		long audit = auditRecords();
		add(WATER_11, WATER_9, "test: 11 after 9").errors().satisfy((errors) -> assertThat(errors).singleElement()
			.satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo(WATER_11 + " cannot depend on " + WATER_9
						+ ": that would close the cycle " + WATER_9 + " → " + WATER_10 + " → " + WATER_11 + " → "
						+ WATER_9 + " (each arrow reads \"depends on\")");
			}));
		assertThat(snapshot(WATER_9, WATER_10, WATER_11)).isEqualTo(before);
		assertThat(auditRecords()).isEqualTo(audit);
	}

	@Test
	void aSelfDependencyAnUnknownTaskAndADuplicateAreRefusedClearly() {
		refused(add(WATER_9, WATER_9, "test: self"), ErrorType.BAD_REQUEST,
				"a task cannot depend on itself: " + WATER_9);
		refused(add(WATER_9, "no-such-task", "test: unknown"), ErrorType.NOT_FOUND, "no task has id no-such-task");
		add(WATER_9, WATER_11, "test: once").path("addDependency.dependency.basis").hasValue();
		refused(add(WATER_9, WATER_11, "test: twice"), ErrorType.BAD_REQUEST,
				WATER_9 + " already depends on " + WATER_11 + " (basis USER)");
	}

	@Test
	void aUserDependencyIsRemovedWithItsAuditRecord() {
		add(WATER_11, WATER_10, "test: to remove").path("addDependency.dependency.basis").hasValue();
		remove(WATER_11, WATER_10, "录入错误").path("removeDependency.dependency.basis")
			.entity(String.class)
			.isEqualTo("USER")
			.path("removeDependency.audit[0].action")
			.entity(String.class)
			.isEqualTo("REMOVE_DEPENDENCY")
			.path("removeDependency.audit[0].oldValue")
			.entity(String.class)
			.isEqualTo(WATER_10 + " (USER)")
			.path("removeDependency.audit[0].newValue")
			.valueIsNull()
			.path("removeDependency.audit[0].reason")
			.entity(String.class)
			.isEqualTo("录入错误");
		this.graphQl.documentName("taskStatus")
			.variable("id", WATER_11)
			.execute()
			.path("task.dependsOn")
			.entityList(Object.class)
			.hasSize(0);
		refused(remove(WATER_11, WATER_10, "again"), ErrorType.NOT_FOUND,
				WATER_11 + " does not depend on " + WATER_10);
	}

	@Test
	void aRuleDependencyIsNotRemovedBecauseTheImporterWouldDeriveItAgain() {
		try (Session session = this.driver.session()) {
			session.run("""
					MATCH (d:Task {id: $d}), (p:Task {id: $p})
					CREATE (d)-[:DEPENDS_ON {basis: 'RULE', key: 'RESULT_CUE', reason: 'test: rule'}]->(p)""",
					Map.of("d", WATER_11, "p", WATER_9)).consume();
		}
		Map<String, Object> before = snapshot(WATER_9, WATER_11);
		refused(remove(WATER_11, WATER_9, "规则有误"), ErrorType.BAD_REQUEST, "the dependency " + WATER_11 + " → "
				+ WATER_9 + " is a RULE edge: the importer derives it from the document text and would derive it "
				+ "again on the next import, so it cannot be removed here; correct the document or the rule instead");
		assertThat(snapshot(WATER_9, WATER_11)).isEqualTo(before);
	}

	private GraphQlTester.Response add(String dependent, String prerequisite, String reason) {
		return editor().documentName("addDependency")
			.variable("input", Map.of("dependentId", dependent, "prerequisiteId", prerequisite, "reason", reason))
			.execute();
	}

	private GraphQlTester.Response remove(String dependent, String prerequisite, String reason) {
		return editor().documentName("removeDependency")
			.variable("input", Map.of("dependentId", dependent, "prerequisiteId", prerequisite, "reason", reason))
			.execute();
	}

	static void refused(GraphQlTester.Response response, ErrorType type, String message) {
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			assertThat(error.getMessage()).isEqualTo(message);
		}));
	}

}
