package org.dutygraph.importer.resolve;

/**
 * A key project (重点工程) the mention finder can point at.
 *
 * @param key the project's key in the graph (e.g. its localId)
 * @param name the project name
 */
public record ProjectRef(String key, String name) {
}
