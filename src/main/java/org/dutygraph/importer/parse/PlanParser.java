package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one plan: paragraphs of its body into headings and tasks, deadlines of every task, the
 * preamble's citations, and its annex tables (read by {@link AnnexTableParser}).
 */
final class PlanParser {

	private static final int EXCERPT_LENGTH = 120;

	private final ChineseDateParser dates = new ChineseDateParser();

	private final AnnexTableParser annexes = new AnnexTableParser();

	private final CitationFinder citations = new CitationFinder();

	/**
	 * @param lines the cleaned lines of the whole document
	 * @param rawLines the decoded lines as written (index 0 is line 1)
	 * @param paragraphs the document's paragraph builder
	 */
	record Document(List<SourceLine> lines, List<String> rawLines, ParagraphBuilder paragraphs) {
	}

	ParsedPlan parse(PlanSpan span, Document document, ParseContext context, List<ParseProblem> problems) {
		List<Paragraph> paragraphs = document.paragraphs().build(document.lines(), span.bodyStart(), span.bodyEnd());
		TaskSplitter.Result body = new TaskSplitter(problems).split(paragraphs);
		List<ParsedTask> tasks = new ArrayList<>();
		for (TaskDraft draft : body.tasks()) {
			tasks.add(draft.toTask(excerpt(document.rawLines(), draft.line), deadlines(draft, span, problems)));
		}
		AnnexTables annex = annex(span, document, context, problems);
		tasks.addAll(linkRows(annex.rows(), List.copyOf(tasks), problems, span));
		problems.addAll(annex.problems());
		return new ParsedPlan(span.key(), span.title(), span.year(), span.endYear(), span.lineStart(), span.lineEnd(),
				List.copyOf(body.headings()), List.copyOf(tasks), annex.projects(), annex.sections(), annex.targets(),
				this.citations.find(body.preamble()));
	}

	private List<DeadlineExpr> deadlines(TaskDraft draft, PlanSpan span, List<ParseProblem> problems) {
		try {
			List<DeadlineExpr> found = this.dates.findAll(draft.text(), draft.line, span.yearOrZero());
			return found == null ? List.of() : found;
		}
		catch (RuntimeException ex) {
			problems.add(new ParseProblem("WARNING", draft.line, "Deadlines of this task could not be read: " + ex));
			return List.of();
		}
	}

	private AnnexTables annex(PlanSpan span, Document document, ParseContext context, List<ParseProblem> problems) {
		if (span.annexFrom() <= 0) {
			return AnnexTables.empty();
		}
		try {
			AnnexTables tables = this.annexes.parse(document.rawLines(), span.annexFrom(), span.lineEnd(), context);
			return tables == null ? AnnexTables.empty() : tables;
		}
		catch (RuntimeException ex) {
			problems.add(new ParseProblem("WARNING", span.annexFrom(),
					"The annex tables of plan " + span.key() + " could not be read: " + ex));
			return AnnexTables.empty();
		}
	}

	private List<ParsedTask> linkRows(List<ParsedTask> rows, List<ParsedTask> bodyTasks, List<ParseProblem> problems,
			PlanSpan span) {
		if (rows.isEmpty()) {
			return rows;
		}
		try {
			return this.annexes.linkRows(rows, bodyTasks);
		}
		catch (RuntimeException ex) {
			problems.add(new ParseProblem("WARNING", span.annexFrom(),
					"Annex rows of plan " + span.key() + " could not be linked to body tasks: " + ex));
			return rows;
		}
	}

	private static String excerpt(List<String> rawLines, int line) {
		String raw = line >= 1 && line <= rawLines.size() ? TextNormalizer.strip(rawLines.get(line - 1)) : "";
		return raw.length() <= EXCERPT_LENGTH ? raw : raw.substring(0, EXCERPT_LENGTH);
	}

}
