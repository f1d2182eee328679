package org.dutygraph.importer.parse;

import java.util.List;

/** Reads the annex tables of one plan. Skeleton: the tables work fills it in. */
public final class AnnexTableParser {

	/**
	 * @param lines the raw lines of the whole file (index 0 is line 1)
	 * @param fromLine first line of the plan's annex part (1-based, inclusive)
	 * @param toLine last line (inclusive)
	 * @param context the plan
	 */
	public AnnexTables parse(List<String> lines, int fromLine, int toLine, ParseContext context) {
		return AnnexTables.empty();
	}

	/**
	 * Links each TABLE_ROW to the body task it details (fuzzy, character trigrams) and returns the rows
	 * with detailsTaskLocalId and detailsScore set.
	 */
	public List<ParsedTask> linkRows(List<ParsedTask> rows, List<ParsedTask> bodyTasks) {
		return rows;
	}

}
