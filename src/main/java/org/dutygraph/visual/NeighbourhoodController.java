package org.dutygraph.visual;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.GraphEdge;
import org.dutygraph.model.GraphNode;
import org.dutygraph.model.GraphView;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

/**
 * The neighbourhood of a node for visualization clients (Cytoscape.js, vis-network, sigma.js): closed
 * lists (every edge joins two listed nodes), each node and edge once, expandable by relationship
 * type and label, capped in depth and node count.
 */
@Controller
class NeighbourhoodController {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z_]{0,40}");

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final ApiLimits limits;

	NeighbourhoodController(Neo4jClient client, CypherQueries queries, ApiLimits limits) {
		this.client = client;
		this.queries = queries;
		this.limits = limits;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	GraphView neighbourhood(@Argument String id, @Argument Integer depth, @Argument Integer first,
			@Argument List<String> relationshipTypes, @Argument List<String> labels) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", this.limits.id(id));
		params.put("depth", this.limits.depth(depth));
		params.put("limit", this.limits.nodes(first));
		params.put("types", names("relationshipTypes", relationshipTypes));
		params.put("labels", names("labels", labels));
		Record row = this.client.query(this.queries.get("graph/neighbourhood"))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.one()
			.orElseThrow(() -> new NotFoundException("No node with id '" + id + "'"));
		return new GraphView(row.get("nodes").asList(NeighbourhoodController::node),
				row.get("edges").asList(NeighbourhoodController::edge), row.get("truncated").asBoolean());
	}

	private static List<String> names(String argument, List<String> names) {
		if (names == null) {
			return null;
		}
		for (String name : names) {
			if (!NAME.matcher(name).matches()) {
				throw new InvalidInputException(argument + ": '" + name + "' is not a label or relationship type");
			}
		}
		return List.copyOf(names);
	}

	private static GraphNode node(Value v) {
		return new GraphNode(GraphValues.str(v, "id"), GraphValues.str(v, "label"), GraphValues.str(v, "name"));
	}

	private static GraphEdge edge(Value v) {
		return new GraphEdge(GraphValues.str(v, "id"), GraphValues.str(v, "source"), GraphValues.str(v, "target"),
				GraphValues.str(v, "type"), GraphValues.opt(v, "role"));
	}

}
