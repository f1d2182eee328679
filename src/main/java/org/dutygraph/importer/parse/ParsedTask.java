package org.dutygraph.importer.parse;

import java.util.List;

/**
 * One task.
 *
 * @param localId unique inside the plan, built from path (and a suffix for continuations), e.g.
 * "三/(二)/5", "三/(二)/5#2", "附件2/13"
 * @param kind what kind of task
 * @param number the task number as written ("5"), null when unnumbered
 * @param path heading numbers as written, brackets as ASCII: ["三","(一)","1"]; table rows:
 * ["附件2","13"]
 * @param title the topic sentence when the task has one (ends before the first 。), else null
 * @param text the task's own paragraph(s), number, bracket and line wraps removed
 * @param line first line of the task
 * @param endLine last line of the task, bracket included
 * @param excerpt the first line as written (trimmed, at most 120 characters)
 * @param rawBracket the responsibility bracket as written (wraps removed), null if none
 * @param bracketLine the line where the bracket opens (0 if none)
 * @param units the units of the bracket or table cell in order
 * @param deadlines deadline expressions found in the text (or the 完成时限 cell), in order
 * @param detailsTaskLocalId for a TABLE_ROW: the localId of the body task it details, else null
 * @param detailsScore similarity of a TABLE_ROW to that task (0..1)
 * @param category the table category cell (类别) for a TABLE_ROW, else null
 */
public record ParsedTask(String localId, TaskKind kind, String number, List<String> path, String title, String text,
		int line, int endLine, String excerpt, String rawBracket, int bracketLine, List<UnitMention> units,
		List<DeadlineExpr> deadlines, String detailsTaskLocalId, double detailsScore, String category) {
}
