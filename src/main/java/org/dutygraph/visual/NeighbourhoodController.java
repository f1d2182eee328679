package org.dutygraph.visual;

import java.util.List;
import java.util.regex.Pattern;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.GraphView;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The neighbourhood of a node for visualization clients (Cytoscape.js, vis-network, sigma.js): closed
 * lists (every edge joins two listed nodes), each node and edge once, expandable by relationship
 * type and label, capped in depth and node count.
 */
@Controller
class NeighbourhoodController {

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z_]{0,40}");

	private final VisualQueries queries;

	private final ApiLimits limits;

	NeighbourhoodController(VisualQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	@QueryMapping
	GraphView neighbourhood(@Argument String id, @Argument Integer depth, @Argument Integer first,
			@Argument List<String> relationshipTypes, @Argument List<String> labels) {
		return this.queries
			.neighbourhood(this.limits.id(id), this.limits.depth(depth), this.limits.nodes(first),
					names("relationshipTypes", relationshipTypes), names("labels", labels))
			.orElseThrow(() -> new NotFoundException("No node with id '" + id + "'"));
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

}
