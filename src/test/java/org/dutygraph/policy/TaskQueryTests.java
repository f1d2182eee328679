package org.dutygraph.policy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements {@link TaskQuery} builds hold only the conditions given, start from the anchor, and
 * carry every value as a parameter. (Their plans on a real Neo4j are checked by {@code ReadPathPlansIT}.)
 */
class TaskQueryTests {

	private static final Configuration NEO4J_5_23 = Configuration.newConfig().withDialect(Dialect.NEO4J_5_23).build();

	private static final TaskProjection IDS = new TaskProjection(java.util.List.of("id"));

	@Test
	void noConditionCountsTheLabelAndReadsThePageInSortKeyOrder() {
		TaskQuery.Built built = TaskQuery.build(TaskFilter.none(), "DOCUMENT_ORDER", 0, 20, IDS, NEO4J_5_23);
		assertThat(built.cypher()).startsWith("CALL () {MATCH (t:`Task`) RETURN count(t) AS total}")
			.contains("WHERE t.sortKey IS NOT NULL WITH t ORDER BY t.sortKey ASC SKIP $offset LIMIT $limit")
			.doesNotContain("IS NULL OR");
		assertThat(built.parameters()).containsOnlyKeys("offset", "limit");
	}

	@Test
	void aUnitByNameStartsFromItsNameOrAliasAndKeepsTheOtherConditionsAsPredicates() {
		TaskFilter filter = new TaskFilter("污水", "plan-1", "县住建局", null, "LEAD", "沁水县", LocalDate.of(2022, 12, 31),
				null, "NUMBERED", "郑村镇");
		TaskQuery.Built built = TaskQuery.build(filter, "DUE_DATE_DESC", 40, 20, IDS, NEO4J_5_23);
		assertThat(built.cypher()).contains("UNION", "a.name = $agency", "al.text = $agency", "r.role = $role",
				"t.planId = $planId", "t.kind = $kind", "t.text CONTAINS $text", "$dueBefore", "EXISTS {",
				"ORDER BY t.dueDate IS NULL ASC, t.dueDate DESC, t.sortKey ASC");
		assertThat(built.parameters()).containsEntry("agency", "县住建局").containsEntry("township", "郑村镇");
	}

	@Test
	void responsibilitiesAndDeadlinesAskedForComeInTheSameStatement() {
		TaskProjection projection = new TaskProjection(java.util.List.of("id", "documentId"), true, true);
		TaskQuery.Built built = TaskQuery.build(TaskFilter.none(), "DOCUMENT_ORDER", 0, 20, projection, NEO4J_5_23);
		assertThat(built.cypher()).contains("collect(t{.id, .documentId, responsibilities: [(ra:`Agency`)-[rr:`RESPONSIBLE_FOR`]->(t)",
				"deadlines: [(t)-[hd:`HAS_DEADLINE`]->(dl:`Deadline`) | dl{.raw, .kind, .date, .endDate, order: hd.order}]")
			.doesNotContain("properties(").doesNotContain(".*");
	}

	@Test
	void dueBeforeAloneStartsFromTheDeadlines() {
		TaskFilter filter = new TaskFilter(null, null, null, null, null, null, LocalDate.of(2022, 6, 30), null, null,
				null);
		TaskQuery.Built built = TaskQuery.build(filter, "DUE_DATE_ASC", 0, 20, IDS, NEO4J_5_23);
		assertThat(built.cypher()).contains("(t:`Task`)-[:`HAS_DEADLINE`]->(d:`Deadline`)", "d.date <= $dueBefore")
			.doesNotContain("dueDates");
	}

}
