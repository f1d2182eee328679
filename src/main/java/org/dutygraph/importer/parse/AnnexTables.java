package org.dutygraph.importer.parse;

import java.util.List;

/**
 * What the annex tables of one plan hold.
 *
 * @param rows task-table rows (任务清单 / 台账) as TABLE_ROW tasks, not yet linked to body tasks
 * @param projects key-project rows
 * @param sections monitoring-section rows
 * @param targets quantitative targets read from tables
 * @param problems what could not be read cleanly
 */
public record AnnexTables(List<ParsedTask> rows, List<ParsedProject> projects, List<ParsedSection> sections,
		List<ParsedTarget> targets, List<ParseProblem> problems) {

	public static AnnexTables empty() {
		return new AnnexTables(List.of(), List.of(), List.of(), List.of(), List.of());
	}

}
