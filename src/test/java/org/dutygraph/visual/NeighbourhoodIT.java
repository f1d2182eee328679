package org.dutygraph.visual;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Graph views for visualization clients: closed, de-duplicated, filterable and capped. */
class NeighbourhoodIT extends IntegrationTestSupport {

	static final String TASK = "001_bc15039033e882c0:WATER:三/(三)/8";

	static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	@Autowired
	HttpGraphQlTester graphQl;

	private GraphQlTester.Response view(String id, int depth, int first, List<String> types) {
		return this.graphQl.documentName("neighbourhood")
			.variable("id", id)
			.variable("depth", depth)
			.variable("first", first)
			.variable("types", types)
			.execute();
	}

	@Test
	void theNeighbourhoodOfATaskIsClosedAndEachNodeAndEdgeIsListedOnce() {
		var response = view(TASK, 2, 200, null);
		List<Map<String, Object>> nodes = response.path("neighbourhood.nodes").entityList(MAP).get();
		List<Map<String, Object>> edges = response.path("neighbourhood.edges").entityList(MAP).get();
		Set<Object> nodeIds = new HashSet<>();
		nodes.forEach((n) -> nodeIds.add(n.get("id")));
		assertThat(nodeIds).hasSize(nodes.size()).contains(TASK, "沁水县:沁水县住房和城乡建设局", "section:沁水县:尉迟");
		assertThat(edges).extracting((e) -> e.get("id")).doesNotHaveDuplicates();
		assertThat(edges).allSatisfy((e) -> assertThat(nodeIds).contains(e.get("source"), e.get("target")));
		assertThat(edges).anySatisfy((e) -> {
			assertThat(e.get("type")).isEqualTo("RESPONSIBLE_FOR");
			assertThat(e.get("role")).isEqualTo("LEAD");
			assertThat(e.get("target")).isEqualTo(TASK);
		});
	}

	@Test
	void expandingByOneRelationshipTypeKeepsOnlyThoseEdges() {
		var response = view(TASK, 1, 200, List.of("RESPONSIBLE_FOR"));
		response.path("neighbourhood.edges[*].type").entityList(String.class).containsExactly("RESPONSIBLE_FOR",
				"RESPONSIBLE_FOR", "RESPONSIBLE_FOR");
		response.path("neighbourhood.nodes[*].label").entityList(String.class).containsExactly("Task", "Agency",
				"Agency", "Agency");
	}

	@Test
	void theNodeCapCutsTheViewShortAndSaysSo() {
		var response = view("沁水县:各乡（镇）人民政府", 2, 10, null);
		response.path("neighbourhood.truncated").entity(Boolean.class).isEqualTo(true);
		response.path("neighbourhood.nodes").entityList(Object.class).hasSize(10);
	}

}
