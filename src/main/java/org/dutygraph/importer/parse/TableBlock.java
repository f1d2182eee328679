package org.dutygraph.importer.parse;

/**
 * One table found in a plan: its kind, the annex or 表 label it sits under, the title line above it
 * and the 0-based line indexes it spans (header included).
 *
 * @param kind what the header says the table holds
 * @param label 附件2, 附件 (unnumbered) or 表3
 * @param title the nearest title line above the header, cleaned
 * @param tsv true for tab-separated rows, false for flattened text (one cell fragment a line)
 * @param start index of the first header line
 * @param end index of the last line of the table
 */
record TableBlock(Kind kind, String label, String title, boolean tsv, int start, int end) {

	enum Kind {

		TASKS, PROJECTS, SECTIONS, INDICATORS, MONTHLY

	}

}
