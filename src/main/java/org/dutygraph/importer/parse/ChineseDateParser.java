package org.dutygraph.importer.parse;

import java.util.List;

/** Reads deadline expressions. Skeleton: the tables work fills it in. */
public final class ChineseDateParser {

	/**
	 * Every deadline expression in a task text, in order. Dates without a year take the last
	 * explicit year earlier in the same text, else the plan year.
	 * @param text the task text, wraps removed
	 * @param line the line to report for the expressions
	 * @param planYear the plan year
	 */
	public List<DeadlineExpr> findAll(String text, int line, int planYear) {
		return List.of();
	}

	/**
	 * One 完成时限 / 实施时间 table cell (长期坚持, 2021年9月底前, 2021-2025, 已完成...); null for an
	 * empty cell.
	 */
	public DeadlineExpr parseCell(String cell, int line, int planYear) {
		return null;
	}

}
