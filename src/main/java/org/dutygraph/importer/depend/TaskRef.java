package org.dutygraph.importer.depend;

import java.util.List;

import org.dutygraph.importer.parse.DeadlineExpr;

/**
 * The little the dependency rules need to know about a task, independent of the parser and the graph,
 * so that rules and curated references can be tested on hand-made fixtures.
 *
 * @param id the task id ({@code 001_bc15039033e882c0:AIR:三/(六)/21})
 * @param planId the plan id ({@code 001_bc15039033e882c0:AIR})
 * @param documentId the document id, the file name without extension ({@code 001_bc15039033e882c0})
 * @param kind the task kind name (NUMBERED, TABLE_ROW, MEASURE ...)
 * @param path heading numbers as written, brackets as ASCII: ["三","(六)","21"]; table rows ["附件","21"]
 * @param title the topic sentence, may be null
 * @param text the task text, wraps removed
 * @param line the first line of the task (1-based)
 * @param deadlines the deadline expressions of the task, in order
 */
public record TaskRef(String id, String planId, String documentId, String kind, List<String> path, String title,
		String text, int line, List<DeadlineExpr> deadlines) {

	/** The kind of an annex table row; rules never take one as a prerequisite. */
	public static final String TABLE_ROW = "TABLE_ROW";

	public TaskRef {
		path = (path != null) ? List.copyOf(path) : List.of();
		deadlines = (deadlines != null) ? List.copyOf(deadlines) : List.of();
		text = (text != null) ? text : "";
	}

	boolean isTableRow() {
		return TABLE_ROW.equals(this.kind);
	}

}
