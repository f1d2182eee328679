package org.dutygraph.visual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.PlanProfile;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The neighbourhood expands paths only to the depth asked and answers exactly what the statement
 * before it answered (every path to 4 hops, then filtered; kept in
 * {@code fixtures/queries/neighbourhoodReference.cypher}): same nodes in the same order, same edges,
 * same truncation, from a task, a unit, a collective and a section, at every depth, with and without
 * type and label filters and a small cap.
 */
class NeighbourhoodBoundIT extends IntegrationTestSupport {

	static final String TASK = "001_bc15039033e882c0:WATER:三/(三)/8";

	static final List<String> STARTS = List.of(TASK, "沁水县:沁水县住房和城乡建设局", "沁水县:各乡（镇）人民政府",
			"section:沁水县:尉迟");

	@Autowired
	Driver driver;

	@Test
	void everyDepthAnswersWhatTheUnboundedStatementAnswered() throws IOException {
		String now = statement("cypher/queries/visual/neighbourhood.cypher");
		String before = statement("fixtures/queries/neighbourhoodReference.cypher");
		int compared = 0;
		for (String id : STARTS) {
			for (int depth = 1; depth <= 4; depth++) {
				for (Map<String, Object> p : variants(id, depth)) {
					Record expected = run(before, p);
					Record actual = run(now, p);
					String what = p.toString();
					assertThat(actual.get("nodes").asList(Object.class::cast)).as(what)
						.isEqualTo(expected.get("nodes").asList(Object.class::cast));
					assertThat(new HashSet<>(actual.get("edges").asList(Object.class::cast))).as(what)
						.isEqualTo(new HashSet<>(expected.get("edges").asList(Object.class::cast)));
					assertThat(actual.get("truncated").asBoolean()).as(what)
						.isEqualTo(expected.get("truncated").asBoolean());
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(STARTS.size() * 4 * 4);
	}

	@Test
	void depthTwoFromATaskExpandsAHundredPathsNotFourteenThousand() throws IOException {
		Map<String, Object> p = variants(TASK, 2).get(0);
		PlanProfile now = PlanProfile.of(this.driver, statement("cypher/queries/visual/neighbourhood.cypher"), p);
		PlanProfile before = PlanProfile.of(this.driver, statement("fixtures/queries/neighbourhoodReference.cypher"), p);
		assertThat(now.operators()).as(now.operators().toString())
			.anyMatch((o) -> o.name().startsWith("VarLengthExpand") && o.details().contains("*..2]"));
		assertThat(now.dbHits()).as("db hits now against before (%d)", before.dbHits())
			.isLessThan(before.dbHits() / 3);
	}

	private static List<Map<String, Object>> variants(String id, int depth) {
		List<Map<String, Object>> variants = new ArrayList<>();
		variants.add(params(id, depth, 200, null, null));
		variants.add(params(id, depth, 10, null, null));
		variants.add(params(id, depth, 200, List.of("RESPONSIBLE_FOR", "LOCATED_IN", "PART_OF"), null));
		variants.add(params(id, depth, 200, null, List.of("Task", "Agency")));
		return variants;
	}

	private static Map<String, Object> params(String id, int depth, int limit, List<String> types,
			List<String> labels) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", id);
		p.put("depth", depth);
		p.put("limit", limit);
		p.put("types", types);
		p.put("labels", labels);
		return p;
	}

	private Record run(String statement, Map<String, Object> p) {
		try (var session = this.driver.session()) {
			return session.executeRead((tx) -> tx.run(statement, p).single());
		}
	}

	private static String statement(String resource) throws IOException {
		return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
	}

}
