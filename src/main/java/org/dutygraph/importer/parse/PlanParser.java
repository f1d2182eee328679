package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses one plan: paragraphs of its body into headings and tasks, deadlines of every task, the
 * preamble's citations, and its annex tables (read by {@link AnnexTableParser}).
 */
final class PlanParser {

	private static final int EXCERPT_LENGTH = 120;

	private static final java.util.regex.Pattern FULL_YEAR = java.util.regex.Pattern.compile("\\d{4}");

	private static final java.util.regex.Pattern MONTH_OR_YEAR_END = java.util.regex.Pattern
		.compile("\\d{1,2}\\s*月|年底|年末|秋冬季");

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
		tasks.addAll(projectRows(annex.projects(), body.headings(), document.rawLines()));
		problems.addAll(annex.problems());
		reportYearless(tasks, span, problems);
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

	/** Says how deadlines written without a year were dated: by the plan year, or not at all. */
	private static void reportYearless(List<ParsedTask> tasks, PlanSpan span, List<ParseProblem> problems) {
		boolean known = span.year() != null;
		List<DeadlineExpr> yearless = tasks.stream()
			.flatMap(t -> t.deadlines().stream())
			.filter(d -> !FULL_YEAR.matcher(d.raw()).find() && MONTH_OR_YEAR_END.matcher(d.raw()).find())
			.filter(d -> known ? d.date() != null : d.kind() == DeadlineKind.UNRESOLVED)
			.toList();
		if (yearless.isEmpty()) {
			return;
		}
		String examples = String.join("、", yearless.stream().map(DeadlineExpr::raw).distinct().limit(3).toList());
		String plan = span.title() != null ? "《" + span.title() + "》" : "plan " + span.key();
		String count = yearless.size() == 1 ? "1 deadline" : yearless.size() + " deadlines";
		if (!known) {
			problems.add(new ParseProblem("WARNING", yearless.get(0).line(), count
					+ " of " + plan + " are written without a year (" + examples
					+ ") and the plan states none (no year in its title or notice): they are kept undated."));
			return;
		}
		problems.add(new ParseProblem("INFO", yearless.get(0).line(), count + " of " + plan
				+ " are written without a year (" + examples + "): each took the year written before it in its task, else the plan year "
				+ span.year() + "."));
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

	/**
	 * The rows of a key-project table inside a plan body (the five-year plan's 表3) as TABLE_ROW tasks
	 * under their chapter: that table is the only place the plan names an owner for its work (牵头单位),
	 * so each row is owned work as well as a key project. Title = project name, text = 主要内容, units =
	 * the lead cell, deadline = 实施时间. Annex project tables (重点工程 of the county plans) stay
	 * projects only: their owned work is the bracketed body tasks.
	 */
	private static List<ParsedTask> projectRows(List<ParsedProject> projects, List<ParsedHeading> headings,
			List<String> rawLines) {
		List<ParsedTask> rows = new ArrayList<>();
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		for (ParsedProject project : projects) {
			String label = project.localId().substring(0, project.localId().indexOf('/'));
			if (!label.startsWith("表")) {
				continue;
			}
			List<String> path = new ArrayList<>();
			String chapter = chapterAt(headings, project.line());
			if (chapter != null) {
				path.add(chapter);
			}
			path.add(label);
			String base = String.join("/", path);
			int k = counts.merge(base, 1, Integer::sum);
			String text = project.content() == null || project.content().isBlank() ? project.name()
					: project.content();
			rows.add(new ParsedTask(base + "#" + k, TaskKind.TABLE_ROW, null, List.copyOf(path), project.name(), text,
					project.line(), project.line(), excerpt(rawLines, project.line()), leadCell(rawLines, project.line()),
					project.line(), project.lead(), project.deadline() == null ? List.of() : List.of(project.deadline()),
					null, 0.0, project.category()));
		}
		return rows;
	}

	/** The first path element (第X章) of the last heading before the line. */
	private static String chapterAt(List<ParsedHeading> headings, int line) {
		String chapter = null;
		for (ParsedHeading heading : headings) {
			if (heading.line() <= line && !heading.path().isEmpty()) {
				chapter = heading.path().get(0);
			}
		}
		return chapter;
	}

	/** The 牵头单位 cell as written: the row's last non-empty tab cell. */
	private static String leadCell(List<String> rawLines, int line) {
		if (line < 1 || line > rawLines.size()) {
			return null;
		}
		List<String> cells = Cells.tabs(rawLines.get(line - 1));
		for (int i = cells.size() - 1; i >= 0; i--) {
			if (!cells.get(i).isBlank()) {
				return cells.get(i).strip();
			}
		}
		return null;
	}

	private static String excerpt(List<String> rawLines, int line) {
		String raw = line >= 1 && line <= rawLines.size() ? TextNormalizer.strip(rawLines.get(line - 1)) : "";
		return raw.length() <= EXCERPT_LENGTH ? raw : raw.substring(0, EXCERPT_LENGTH);
	}

}
