package org.dutygraph.model;

/** A node of a graph view: id, main label and display name. */
public record GraphNode(String id, String label, String name) {
}
