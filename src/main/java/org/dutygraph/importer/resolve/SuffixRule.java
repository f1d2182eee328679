package org.dutygraph.importer.resolve;

/**
 * Unit type by name suffix, from {@code unit-suffixes.tsv}; used only for units that are not curated.
 *
 * @param suffix the name ending (分局, 人民政府)
 * @param type the agency type it implies
 * @param source the example the rule comes from
 */
public record SuffixRule(String suffix, String type, String source) {
}
