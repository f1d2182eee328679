package org.dutygraph.policy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.model.Page;
import org.dutygraph.model.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task filters built with Cypher-DSL answer exactly what the statement before them answered (kept
 * in {@code fixtures/queries/findTasksReference.cypher}) on the seed graph: the same total and the
 * same tasks in the same order, for each condition alone and together, in every order, on a first and
 * a later page.
 */
class TaskFiltersIT extends IntegrationTestSupport {

	static final String WATER_PLAN = "001_bc15039033e882c0:WATER";

	static final String HOUSING_BUREAU = "沁水县住房和城乡建设局";

	@Autowired
	PolicyQueries queries;

	@Autowired
	Driver driver;

	static Stream<Arguments> filters() {
		LocalDate midYear = LocalDate.of(2022, 6, 30);
		LocalDate autumn = LocalDate.of(2022, 10, 1);
		return Stream.of(
				case_("no condition", filter(null, null, null, null, null, null, null, null, null, null), 570),
				case_("plan", filter(null, WATER_PLAN, null, null, null, null, null, null, null, null), 27),
				case_("kind", filter(null, null, null, null, null, null, null, null, "TABLE_ROW", null), -1),
				case_("text", filter("污水", null, null, null, null, null, null, null, null, null), -1),
				case_("unit by name", filter(null, null, HOUSING_BUREAU, null, null, "沁水县", null, null, null, null), -1),
				case_("unit by alias, leading",
						filter(null, null, "县住建局", null, "LEAD", "沁水县", null, null, null, null), 20),
				case_("unit without jurisdiction", filter(null, null, HOUSING_BUREAU, null, "SUPPORT", null, null, null,
						null, null), -1),
				case_("unit by id", filter(null, null, null, "沁水县:" + HOUSING_BUREAU, "LEAD", null, null, null, null,
						null), 20),
				case_("due before", filter(null, null, null, null, null, null, midYear, null, null, null), -1),
				case_("due after", filter(null, null, null, null, null, null, null, autumn, null, null), -1),
				case_("due window", filter(null, null, null, null, null, null, autumn, midYear, null, null), -1),
				case_("township", filter(null, null, null, null, null, null, null, null, null, "郑村镇"), -1),
				case_("township and kind", filter(null, null, null, null, null, null, null, null, "NUMBERED", "郑村镇"),
						-1),
				case_("unit and township", filter(null, null, HOUSING_BUREAU, null, null, "沁水县", null, null, null,
						"郑村镇"), -1),
				case_("plan, kind and due before", filter(null, WATER_PLAN, null, null, null, null, autumn.plusMonths(3),
						null, "NUMBERED", null), -1),
				case_("text and due after", filter("治理", null, null, null, null, null, null, midYear, null, null), -1),
				case_("due before and text", filter("治理", null, null, null, null, null, autumn, null, null, null), -1));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("filters")
	void answersWhatTheStatementBeforeAnswered(String name, TaskFilter filter, int expectedTotal) throws IOException {
		for (String order : List.of("DOCUMENT_ORDER", "DUE_DATE_ASC", "DUE_DATE_DESC")) {
			for (int[] slice : new int[][] { { 0, 500 }, { 5, 7 } }) {
				Page<Task> page = this.queries.findTasks(filter, order, slice[0], slice[1], TaskProjection.ALL);
				Record before = reference(filter, order, slice[0], slice[1]);
				assertThat(page.totalCount()).as(name + " " + order).isEqualTo(before.get("total").asInt());
				assertThat(page.items()).as(name + " " + order)
					.isEqualTo(before.get("page").asList(org.dutygraph.graph.GraphValues::task));
				if (expectedTotal >= 0) {
					assertThat(page.totalCount()).as(name).isEqualTo(expectedTotal);
				}
				else {
					assertThat(page.totalCount()).as(name + " finds some tasks").isPositive();
				}
			}
		}
	}

	private Record reference(TaskFilter f, String order, int offset, int limit) throws IOException {
		String statement = new ClassPathResource("fixtures/queries/findTasksReference.cypher")
			.getContentAsString(StandardCharsets.UTF_8);
		Map<String, Object> p = new HashMap<>();
		p.put("text", f.text());
		p.put("planId", f.planId());
		p.put("agency", f.agency());
		p.put("agencyId", f.agencyId());
		p.put("role", f.role());
		p.put("jurisdiction", f.jurisdiction());
		p.put("dueBefore", f.dueBefore());
		p.put("dueAfter", f.dueAfter());
		p.put("kind", f.kind());
		p.put("township", f.township());
		p.put("order", order);
		p.put("offset", offset);
		p.put("limit", limit);
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(statement, p).single());
		}
	}

	private static Arguments case_(String name, TaskFilter filter, int expectedTotal) {
		return Arguments.of(name, filter, expectedTotal);
	}

	private static TaskFilter filter(String text, String planId, String agency, String agencyId, String role,
			String jurisdiction, LocalDate dueBefore, LocalDate dueAfter, String kind, String township) {
		return new TaskFilter(text, planId, agency, agencyId, role, jurisdiction, dueBefore, dueAfter, kind,
				township);
	}

}
