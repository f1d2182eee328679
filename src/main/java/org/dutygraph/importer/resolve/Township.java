package org.dutygraph.importer.resolve;

import java.util.List;

/**
 * A township-level division (街道 / 镇 / 乡) from the curated gazetteer.
 *
 * @param code NBS 12-digit 统计用区划代码
 * @param name NBS name (龙港镇)
 * @param county the county-level unit (沁水县)
 * @param type 街道, 镇 or 乡
 * @param aliases other spellings (南城办, 南城街道办事处)
 * @param source where the entry comes from
 */
public record Township(String code, String name, String county, String type, List<String> aliases, String source) {
}
