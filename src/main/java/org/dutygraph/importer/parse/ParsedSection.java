package org.dutygraph.importer.parse;

/**
 * A row of a water-quality target table (断面).
 *
 * @param name section name without the trailing 断面 and letter-spacing (尉迟)
 * @param county county-level unit it belongs to
 * @param township township column when the table has one, else null
 * @param river 河流名称 when the table has one, else null
 * @param level 国考, 省考 or 市考 (晋城市考 normalised to 市考), null if not stated
 * @param targetClass the target as written (Ⅲ类, 完成省定目标)
 * @param assessedUnit 被考核单位 when given, else null
 * @param line the row's line
 */
public record ParsedSection(String name, String county, String township, String river, String level,
		String targetClass, String assessedUnit, int line) {
}
