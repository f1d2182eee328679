package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the table readers produce for one plan, so every reader reports rows and problems
 * the same way instead of throwing on a cell it cannot read.
 */
final class TableSink {

	final List<ParsedTask> rows = new ArrayList<>();

	final List<ParsedProject> projects = new ArrayList<>();

	final List<ParsedSection> sections = new ArrayList<>();

	final List<ParsedTarget> targets = new ArrayList<>();

	final List<ParseProblem> problems = new ArrayList<>();

	void warn(int line, String message) {
		this.problems.add(new ParseProblem("WARNING", line, message));
	}

	/**
	 * Adds a task-table row as a TABLE_ROW task.
	 * @param label 附件2 or 附件
	 * @param number the 序号 as written
	 * @param text the 主要任务 / 具体措施 cell, cleaned
	 * @param lines first and last line of the row
	 * @param excerpt the first line as written
	 * @param unitsCell the units cell as written (null when inherited)
	 * @param units the units
	 * @param deadlines the 完成时限 and the dated clauses of the row's text
	 * @param category the 类别 in force
	 */
	void row(String label, String number, String text, int[] lines, String excerpt, Fragment unitsCell,
			List<UnitMention> units, List<DeadlineExpr> deadlines, String category) {
		String localId = label + "/" + number;
		this.rows.add(new ParsedTask(localId, TaskKind.TABLE_ROW, number, List.of(label, number), null, text, lines[0],
				lines[1], Cells.excerpt(excerpt), unitsCell == null ? null : unitsCell.text(),
				unitsCell == null ? 0 : unitsCell.line(), units, List.copyOf(deadlines),
				null, 0.0, category));
	}

	AnnexTables toTables() {
		return new AnnexTables(List.copyOf(this.rows), List.copyOf(this.projects), List.copyOf(this.sections),
				List.copyOf(this.targets), List.copyOf(this.problems));
	}

}
