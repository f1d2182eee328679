package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a plan body into headings and tasks. A numbered paragraph opens a NUMBERED task; following
 * paragraphs belong to it until it has its bracket; an unnumbered paragraph after that which
 * carries its own bracket is a CONTINUATION; bracketed items under 保障措施 are SAFEGUARD tasks;
 * paragraphs of five-year-plan chapters are MEASURE tasks. A short bracket tail left at a page
 * seam after a closed bracket (…高平分局〕 / 平分局、市工信局]) is merged with a warning.
 */
final class TaskSplitter {

	private static final Pattern CAPTION = Pattern.compile("^(?:表\\s*\\d|注\\s*[：:])");

	/**
	 * @param headings every heading in order
	 * @param tasks the tasks in order
	 * @param preamble paragraphs before the first heading
	 */
	record Result(List<ParsedHeading> headings, List<TaskDraft> tasks, List<Paragraph> preamble) {
	}

	/**
	 * A note naming units every later task has without listing them: 以下各项工作均需…落实，不再列出;
	 * 具体任务均涉及相关市（州）人民政府，不再做分工，下同.
	 */
	private static final Pattern STANDING = Pattern
		.compile("(?:以下[^，,。；;]{0,8}?均需|具体任务均涉及)(.{2,40}?)(?:落实|[，,]不再)");

	private List<UnitMention> standing = List.of();

	/** A 下同 note said the units before the first comma lead, in this bracket and every later one. */
	private boolean frontGroupLeadsBelow;

	/** A bracket that says only 同上 (as above): the task has the units of the task before it. */
	private static final Pattern AS_ABOVE = Pattern.compile("^\\s*同上\\s*$");

	private final BracketScanner scanner = new BracketScanner();

	private final UnitListParser unitParser = new UnitListParser();

	private final List<ParseProblem> problems;

	private final HeadingContext context = new HeadingContext();

	private final List<ParsedHeading> headings = new ArrayList<>();

	private final List<TaskDraft> tasks = new ArrayList<>();

	private final List<Paragraph> preamble = new ArrayList<>();

	private final List<Paragraph> pending = new ArrayList<>();

	private TaskDraft parent;

	private TaskDraft current;

	private boolean started;

	private final TaskIds ids;

	TaskSplitter(List<ParseProblem> problems) {
		this.problems = problems;
		this.ids = new TaskIds(problems);
	}

	Result split(List<Paragraph> paragraphs) {
		for (Paragraph paragraph : paragraphs) {
			accept(paragraph);
		}
		closeGroup();
		for (TaskDraft task : this.tasks) {
			if ((task.kind == TaskKind.NUMBERED || task.kind == TaskKind.CONTINUATION) && !task.hasBracket()) {
				fromSentence(task);
			}
			if (task.title() == null) {
				task.setTitle(TopicSentence.of(task.text()));
			}
		}
		return new Result(this.headings, this.tasks, this.preamble);
	}

	private void accept(Paragraph paragraph) {
		String text = paragraph.text();
		if (text.indexOf('\t') >= 0) {
			return;
		}
		LinePatterns.Heading heading = LinePatterns.heading(text);
		if (heading != null) {
			onHeading(paragraph, heading);
			return;
		}
		Matcher number = LinePatterns.taskNumber(text);
		if (number != null) {
			onNumbered(paragraph, number);
			return;
		}
		if (!this.started && !carriesResponsibility(paragraph)) {
			this.preamble.add(paragraph);
			return;
		}
		this.started = true;
		segments(paragraph).forEach(this::onPlain);
	}

	/**
	 * A paragraph before any heading or number that gives its own responsibility in a bracket ((責任部門：市環保局…)
	 * at the end of an excerpt that keeps no numbering) is a task, not preamble.
	 */
	private boolean carriesResponsibility(Paragraph paragraph) {
		return this.scanner.scan(paragraph.text()).stream().anyMatch(b -> !this.unitParser
			.parse(b.content(paragraph.text()), offset -> paragraph.firstLine())
			.isEmpty() && b.content(paragraph.text()).length() < paragraph.text().length() / 2);
	}

	private void onHeading(Paragraph paragraph, LinePatterns.Heading heading) {
		closeGroup();
		this.started = true;
		String rest = heading.rest();
		int restStart = paragraph.text().length() - rest.length();
		if (headsItsOwnTask(paragraph, rest, restStart)) {
			headingTask(paragraph, heading, rest, restStart);
			return;
		}
		int cut = rest.indexOf('。');
		String title = TextNormalizer.squeezeCjkSpaces(TextNormalizer.strip(cut >= 0 ? rest.substring(0, cut) : rest));
		this.headings.add(this.context.enter(heading, title, paragraph.firstLine()));
		int runIn = paragraph.text().length() - rest.length() + cut + 1;
		if (cut >= 0 && !paragraph.text().substring(runIn).isBlank()) {
			segments(paragraph.slice(runIn, paragraph.text().length())).forEach(this::onPlain);
		}
	}

	/**
	 * A heading that is itself a task: its responsibility follows on a label line below it ((一)地区生产总值增长7%
	 * 以上 / 责任单位：区发展和改革局), or its sentence gives it (（一）关于…的问题，由省水利厅会同…负责落实。).
	 */
	private boolean headsItsOwnTask(Paragraph paragraph, String rest, int restStart) {
		List<BracketScanner.Bracket> brackets = this.scanner.scan(rest);
		if (!brackets.isEmpty()) {
			int at = restStart + brackets.get(0).start();
			return paragraph.lineAt(at) != paragraph.firstLine() && LinePatterns.startsLabel(rest.substring(brackets.get(0).start()));
		}
		return SentenceResponsibility.find(rest) != null;
	}

	private void headingTask(Paragraph paragraph, LinePatterns.Heading heading, String rest, int restStart) {
		closeGroup();
		this.started = true;
		List<BracketScanner.Bracket> brackets = this.scanner.scan(rest);
		String head = brackets.isEmpty() ? rest : rest.substring(0, brackets.get(0).start());
		int cut = head.indexOf('。');
		String title = TextNormalizer.squeezeCjkSpaces(TextNormalizer.strip(cut >= 0 ? head.substring(0, cut) : head));
		this.headings.add(this.context.enter(heading, title, paragraph.firstLine()));
		List<String> path = this.context.path();
		String base = String.join("/", path);
		int use = this.ids.nextUse(base);
		String id = use == 1 ? base : base + "#" + use;
		TaskDraft task = new TaskDraft(TaskKind.CONTINUATION, null, path, this.ids.unique(id, paragraph.firstLine()),
				paragraph.firstLine());
		task.setTitle(title.isEmpty() ? null : title);
		absorb(task, paragraph.slice(restStart, paragraph.text().length()));
		this.tasks.add(task);
		this.current = task;
	}

	private void onNumbered(Paragraph paragraph, Matcher number) {
		closeGroup();
		this.started = true;
		this.ids.checkSequence(Integer.parseInt(number.group(1)), paragraph.firstLine());
		List<String> path = new ArrayList<>(this.context.path());
		path.add(number.group(1));
		TaskDraft task = new TaskDraft(TaskKind.NUMBERED, number.group(1), path, this.ids.unique(String.join("/", path),
				paragraph.firstLine()), paragraph.firstLine());
		this.tasks.add(task);
		this.parent = task;
		this.current = task;
		List<Paragraph> segments = segments(paragraph.slice(number.end(), paragraph.text().length()));
		absorb(task, segments.get(0));
		segments.subList(1, segments.size()).forEach(this::onPlain);
	}

	private void onPlain(Paragraph segment) {
		if (this.context.inMeasureChapter()) {
			onMeasure(segment);
			return;
		}
		boolean bracketed = !this.scanner.scan(segment.text()).isEmpty();
		if (!bracketed && this.current != null && this.current.hasBracket() && OrphanFragment.matches(segment)) {
			OrphanFragment.merge(segment, this.current, this.unitParser, this.problems);
			return;
		}
		if (this.current != null && !this.current.hasBracket() && this.pending.isEmpty()) {
			absorb(this.current, segment);
			return;
		}
		this.pending.add(segment);
		if (bracketed) {
			emitPending();
		}
	}

	private void emitPending() {
		boolean safeguard = this.parent == null && this.context.inSafeguard();
		List<String> path = this.parent != null ? this.parent.path : this.context.path();
		String base = this.parent != null ? this.parent.localId : String.join("/", path);
		int use = this.ids.nextUse(base) + (this.parent != null ? 1 : 0);
		String id = use == 1 ? base : base + "#" + use;
		int line = this.pending.get(0).firstLine();
		TaskDraft task = new TaskDraft(safeguard ? TaskKind.SAFEGUARD : TaskKind.CONTINUATION, null, path,
				this.ids.unique(id, line), line);
		if (safeguard) {
			task.setTitle(this.context.innermostTitle());
		}
		this.pending.forEach(segment -> absorb(task, segment));
		this.pending.clear();
		this.tasks.add(task);
		this.current = task;
	}

	private void onMeasure(Paragraph segment) {
		String text = segment.text();
		if (CAPTION.matcher(text).find()) {
			return;
		}
		List<String> path = this.context.path();
		boolean sameSection = this.current != null && this.current.kind == TaskKind.MEASURE
				&& this.current.path.equals(path);
		if (sameSection && TopicSentence.of(text) == null) {
			absorb(this.current, segment);
			return;
		}
		String base = String.join("/", path);
		int use = this.ids.nextUse(base);
		TaskDraft task = new TaskDraft(TaskKind.MEASURE, null, path, this.ids.unique(base + "#" + use, segment.firstLine()),
				segment.firstLine());
		absorb(task, segment);
		this.tasks.add(task);
		this.current = task;
	}

	/** Adds a paragraph to a task: its text without the bracket, and the bracket if the task has none yet. */
	private void absorb(TaskDraft task, Paragraph segment) {
		List<BracketScanner.Bracket> brackets = this.scanner.scan(segment.text());
		if (brackets.isEmpty()) {
			task.appendText(segment.text(), segment.lastLine());
			return;
		}
		BracketScanner.Bracket bracket = brackets.get(0);
		String text = segment.text();
		task.appendText(text.substring(0, bracket.start()) + text.substring(bracket.end()), segment.lastLine());
		if (!task.hasBracket()) {
			int contentStart = bracket.contentStart();
			String content = bracket.content(text);
			readStanding(content, segment.lineAt(bracket.start()));
			List<UnitMention> units = AS_ABOVE.matcher(content).matches() ? asAbove(task)
					: withStanding(this.unitParser.parse(content, offset -> segment.lineAt(contentStart + offset)));
			if (this.frontGroupLeadsBelow) {
				units = UnitListParser.withFrontGroupLeading(units);
			}
			this.frontGroupLeadsBelow |= UnitListParser.frontGroupLeadsBelow(content);
			task.setBracket(TextNormalizer.strip(bracket.raw(text)), segment.lineAt(bracket.start()), units);
		}
		if (!bracket.closed()) {
			this.problems.add(new ParseProblem("WARNING", segment.lineAt(bracket.start()),
					"A responsibility bracket opened here is never closed; its units were read up to the end of the paragraph."));
		}
	}

	/** The units of the last task before this one that has any, marked as not written here (同上). */
	private List<UnitMention> asAbove(TaskDraft task) {
		for (int i = this.tasks.size() - 1; i >= 0; i--) {
			TaskDraft before = this.tasks.get(i);
			if (before != task && !before.units().isEmpty()) {
				return UnitCellSplitter.inherit(before.units());
			}
		}
		return List.of();
	}

	/**
	 * 以下各项工作均需各县、区人民政府(管委会)落实，不再列出: a note in a bracket that names units every later
	 * task of the plan has without listing them. They are read once and added to each later task (inferred).
	 */
	private void readStanding(String content, int line) {
		Matcher note = STANDING.matcher(RoleWords.fold(content));
		if (!note.find()) {
			return;
		}
		this.standing = this.unitParser.parse(content.substring(note.start(1), note.end(1)), offset -> line)
			.stream()
			.map(u -> new UnitMention(u.asWritten(), 0, 0, null, RoleWords.TERRITORIAL, true, line))
			.toList();
	}

	private List<UnitMention> withStanding(List<UnitMention> units) {
		if (this.standing.isEmpty() || units.isEmpty()) {
			return units;
		}
		List<UnitMention> all = new ArrayList<>(units);
		int group = units.get(units.size() - 1).commaGroup() + 1;
		for (UnitMention u : this.standing) {
			if (all.stream().noneMatch(listed -> listed.asWritten().equals(u.asWritten()))) {
				all.add(new UnitMention(u.asWritten(), all.size(), group, null, u.explicitRole(), true, u.line()));
			}
		}
		return all;
	}

	/** A numbered task without bracket that says 由市水务局牵头，…配合 in its own text. */
	private void fromSentence(TaskDraft task) {
		SentenceResponsibility.Found found = SentenceResponsibility.find(task.text());
		if (found == null) {
			return;
		}
		List<UnitMention> units = withStanding(this.unitParser.parse(found.content(), offset -> task.line));
		if (!units.isEmpty()) {
			task.setBracket("由" + found.content(), task.line, units);
		}
	}

	/** Splits a paragraph after each bracket, so every part carries at most one bracket. */
	private List<Paragraph> segments(Paragraph paragraph) {
		List<BracketScanner.Bracket> brackets = this.scanner.scan(paragraph.text());
		List<Paragraph> segments = new ArrayList<>();
		int from = 0;
		for (int i = 0; i < brackets.size() - 1; i++) {
			int end = brackets.get(i).end();
			segments.add(paragraph.slice(from, end));
			from = end;
		}
		Paragraph last = paragraph.slice(from, paragraph.text().length());
		if (segments.isEmpty() || !last.text().replaceAll("[\\s。；;，,]", "").isEmpty()) {
			segments.add(last);
		}
		return segments;
	}

	private void closeGroup() {
		if (this.current != null) {
			this.pending.forEach(p -> this.current.appendText(p.text(), p.lastLine()));
		}
		this.pending.clear();
		this.current = null;
		this.parent = null;
	}

}
