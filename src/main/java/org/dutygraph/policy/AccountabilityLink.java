package org.dutygraph.policy;

import org.dutygraph.model.GraphNode;
import org.dutygraph.model.SourceRef;

/** A link of an accountability chain. */
record AccountabilityLink(GraphNode from, GraphNode to, String relation, String role, int depth, String basis,
		SourceRef source, String reference) {
}
