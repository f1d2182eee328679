package org.dutygraph.importer.resolve;

/**
 * A monitoring section (断面) the mention finder can point at; the graph loader builds these from the parsed section
 * tables.
 *
 * @param key the section's key in the graph
 * @param name section name, with or without the trailing 断面 (尉迟, 润城断面)
 * @param county county-level unit
 * @param river river when known, else null
 * @param level 国考, 省考 or 市考, null if not stated
 */
public record SectionRef(String key, String name, String county, String river, String level) {
}
