package org.dutygraph.importer.parse;

import java.util.List;

/**
 * One plan (行动计划 / 规划) inside a document.
 *
 * @param key stable key inside the document: AIR, WATER, SOIL or ECO_5YR (a fragment: PLAN)
 * @param title the plan title without 《》 and letter-spacing
 * @param year the plan year (2021); for a multi-year plan the first year
 * @param endYear the last year for a multi-year plan (2025), else equal to year
 * @param lineStart first line of the plan
 * @param lineEnd last line of the plan, annexes included
 * @param headings every heading of the plan in order (一、 / (一) / 第X章 / 第X节 ...)
 * @param tasks tasks of every kind in document order (table rows after the body tasks)
 * @param projects rows of key-project tables (重点工程)
 * @param sections rows of monitoring-section tables (断面)
 * @param targets quantitative targets from tables and text
 * @param citations documents this plan cites in its preamble (根据《…》)
 */
public record ParsedPlan(String key, String title, Integer year, Integer endYear, int lineStart, int lineEnd,
		List<ParsedHeading> headings, List<ParsedTask> tasks, List<ParsedProject> projects,
		List<ParsedSection> sections, List<ParsedTarget> targets, List<ParsedCitation> citations) {
}
