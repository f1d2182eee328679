package org.dutygraph.model;

/** Where something is written: document, 1-based line, and the text there. */
public record SourceRef(String documentId, int line, String excerpt) {
}
