package org.dutygraph.model;

import org.jspecify.annotations.Nullable;

/** An edge of a graph view. */
public record GraphEdge(String id, String source, String target, String type, @Nullable String role) {
}
