package org.dutygraph.model;

import org.jspecify.annotations.Nullable;

/** A plan inside a document. */
public record Plan(String id, String key, String title, @Nullable Integer year, String documentId) {
}
