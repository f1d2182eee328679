package org.dutygraph.importer.resolve;

/**
 * A named thing found in a task's text.
 *
 * @param kind TOWNSHIP, ENTERPRISE, SECTION, PROJECT
 * @param key the key of the thing (township code, enterprise canonical name, section key, project
 * localId)
 * @param matched the text that matched
 */
public record Mention(String kind, String key, String matched) {
}
