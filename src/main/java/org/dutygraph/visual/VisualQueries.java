package org.dutygraph.visual;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.GraphEdge;
import org.dutygraph.model.GraphNode;
import org.dutygraph.model.GraphView;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The statements of {@code cypher/queries/visual/}, in read transactions, mapped to the model. */
@Component
@Transactional(readOnly = true)
class VisualQueries {

	private final Neo4jClient client;

	private final CypherQueries queries;

	VisualQueries(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	/** The closed neighbourhood of a node; empty when no node has the id. */
	Optional<GraphView> neighbourhood(String id, int depth, int limit, List<String> types, List<String> labels) {
		Map<String, Object> params = CypherParams.of("id", id, "depth", depth, "limit", limit, "types", types,
				"labels", labels);
		return this.client.query(this.queries.get("visual/neighbourhood"))
			.bindAll(params)
			.fetchAs(GraphView.class)
			.mappedBy((ts, r) -> view(r))
			.one();
	}

	private static GraphView view(Record row) {
		return new GraphView(row.get("nodes").asList(VisualQueries::node), row.get("edges").asList(VisualQueries::edge),
				row.get("truncated").asBoolean());
	}

	private static GraphNode node(Value v) {
		return new GraphNode(GraphValues.str(v, "id"), GraphValues.str(v, "label"), GraphValues.str(v, "name"));
	}

	private static GraphEdge edge(Value v) {
		return new GraphEdge(GraphValues.str(v, "id"), GraphValues.str(v, "source"), GraphValues.str(v, "target"),
				GraphValues.str(v, "type"), GraphValues.opt(v, "role"));
	}

}
