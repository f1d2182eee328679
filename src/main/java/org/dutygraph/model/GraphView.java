package org.dutygraph.model;

import java.util.List;

/** Closed, de-duplicated lists of nodes and of edges between them. */
public record GraphView(List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {
}
