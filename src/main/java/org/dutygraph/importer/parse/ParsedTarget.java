package org.dutygraph.importer.parse;

/**
 * A quantitative target.
 *
 * @param metric what is measured (优良天数比率, PM2.5)
 * @param value the target value as written (75, ≥70%, 完成省级要求)
 * @param unit unit when known (%, µg/m³), else null
 * @param year the year the target is for
 * @param scope the area it applies to (县城, 礼义镇, 晋城市)
 * @param nature 约束性 / 预期性 / 力争, null if not stated
 * @param line where it is written
 */
public record ParsedTarget(String metric, String value, String unit, Integer year, String scope, String nature,
		int line) {
}
