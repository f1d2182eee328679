package org.dutygraph.importer.parse;

/** The kinds of task the parser extracts; the same names as the GraphQL enum. */
public enum TaskKind {

	/** A numbered item (1. 2. ...). */
	NUMBERED,
	/** An unnumbered paragraph after a numbered task that carries its own responsibility bracket. */
	CONTINUATION,
	/** A 保障措施 item with a responsibility bracket. */
	SAFEGUARD,
	/** A measure paragraph of a plan without numbered tasks (the five-year plan). */
	MEASURE,
	/** A row of an annex task table (任务清单 / 台账). */
	TABLE_ROW

}
