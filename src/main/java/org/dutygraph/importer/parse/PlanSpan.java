package org.dutygraph.importer.parse;

/**
 * Where one plan sits in the document.
 *
 * @param key AIR, WATER, SOIL, ECO_5YR or PLAN
 * @param title the plan title
 * @param year the plan year, null if unknown
 * @param endYear the last year
 * @param lineStart the plan's first line (its title line, or the first body line)
 * @param bodyStart the first line after the title
 * @param bodyEnd the last line of the body (before the annex list 附件：…)
 * @param annexFrom the first line handed to the annex-table reader, 0 for none
 * @param lineEnd the plan's last line, annexes included
 */
record PlanSpan(String key, String title, Integer year, Integer endYear, int lineStart, int bodyStart, int bodyEnd,
		int annexFrom, int lineEnd) {

	int yearOrZero() {
		return this.year == null ? 0 : this.year;
	}

}
