package org.dutygraph.model;

/** A count for a key, computed in Cypher. */
public record CountByKey(String key, int count) {
}
