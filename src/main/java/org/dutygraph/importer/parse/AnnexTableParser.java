package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the annex tables of one plan (task lists, key projects, water sections, indicator tables) into
 * records, and links each task-table row to the body task it details. The tables hold the lead unit
 * and the deadline of each sub-task, which the body brackets only give per task (seed-domain §3).
 * Problems are collected, never thrown.
 */
public final class AnnexTableParser {

	/**
	 * A row whose best task shares this much is linked outright. seed-domain §2.8: 101 of the 107
	 * tab-separated rows score at least 0.6, and measured here the same 101 do.
	 */
	static final double SURE_SCORE = 0.6;

	/**
	 * Below SURE_SCORE a row is linked only when its best task scores at least this much and at least
	 * MARGIN times the runner-up. The rows below 0.6 add an enterprise name or paraphrase (沁泽焦化…备案,
	 * 餐饮企业不间断开展检查抽测); measured on the seed plans they score 0.17 to 0.56 and their best task
	 * is the right one with a clear lead, while a row with two close candidates (完善县城建成区精细化管理
	 * 实施方案: 0.29 vs 0.21) is better left for a person to link.
	 */
	static final double MIN_SCORE = 0.15;

	static final double MARGIN = 1.5;

	private final TaskTableReader taskReader = new TaskTableReader();

	private final FlatTaskTableReader flatTaskReader = new FlatTaskTableReader();

	private final ProjectTableReader projectReader = new ProjectTableReader();

	private final PlanProjectTableReader planProjectReader = new PlanProjectTableReader();

	private final SectionTableReader sectionReader = new SectionTableReader();

	private final TargetTableReader targetReader = new TargetTableReader();

	/**
	 * @param lines the raw lines of the whole file (index 0 is line 1)
	 * @param fromLine first line of the plan's annex part (1-based, inclusive)
	 * @param toLine last line (inclusive)
	 * @param context the plan
	 */
	public AnnexTables parse(List<String> lines, int fromLine, int toLine, ParseContext context) {
		TableSink sink = new TableSink();
		int from = Math.max(0, fromLine - 1);
		int to = Math.min(lines.size() - 1, toLine - 1);
		for (TableBlock block : TableLocator.locate(lines, from, to)) {
			read(lines, block, context, sink);
		}
		return sink.toTables();
	}

	private void read(List<String> lines, TableBlock block, ParseContext context, TableSink sink) {
		switch (block.kind()) {
			case TASKS -> {
				if (block.tsv()) {
					this.taskReader.read(lines, block, context, sink);
				}
				else {
					this.flatTaskReader.read(lines, block, context, sink);
				}
			}
			case PROJECTS -> {
				if (block.label().startsWith("表")) {
					this.planProjectReader.read(lines, block, context, sink);
				}
				else {
					this.projectReader.read(lines, block, context, sink);
				}
			}
			case SECTIONS -> this.sectionReader.read(lines, block, context, sink);
			case INDICATORS -> this.targetReader.readIndicators(lines, block, context, sink);
			case MONTHLY -> this.targetReader.readMonthly(lines, block, context, sink);
		}
	}

	/**
	 * Links each TABLE_ROW to the body task it details (fuzzy, character trigrams) and returns the rows
	 * with detailsTaskLocalId and detailsScore set.
	 */
	public List<ParsedTask> linkRows(List<ParsedTask> rows, List<ParsedTask> bodyTasks) {
		List<ParsedTask> candidates = bodyTasks.stream().filter(t -> t.kind() != TaskKind.TABLE_ROW).toList();
		List<Set<String>> candidateGrams = candidates.stream().map(t -> TrigramMatcher.trigrams(t.text())).toList();
		List<ParsedTask> linked = new ArrayList<>(rows.size());
		for (ParsedTask row : rows) {
			if (row.kind() != TaskKind.TABLE_ROW) {
				linked.add(row);
				continue;
			}
			Set<String> grams = TrigramMatcher.trigrams(row.text());
			int best = -1;
			double bestScore = 0;
			double second = 0;
			for (int i = 0; i < candidates.size(); i++) {
				double score = TrigramMatcher.containment(grams, candidateGrams.get(i));
				if (score > bestScore) {
					second = bestScore;
					best = i;
					bestScore = score;
				}
				else if (score > second) {
					second = score;
				}
			}
			boolean sure = bestScore >= SURE_SCORE || (bestScore >= MIN_SCORE && bestScore >= MARGIN * second);
			linked.add(withLink(row, best >= 0 && sure ? candidates.get(best).localId() : null, bestScore));
		}
		return linked;
	}

	private static ParsedTask withLink(ParsedTask r, String taskLocalId, double score) {
		return new ParsedTask(r.localId(), r.kind(), r.number(), r.path(), r.title(), r.text(), r.line(), r.endLine(),
				r.excerpt(), r.rawBracket(), r.bracketLine(), r.units(), r.deadlines(), taskLocalId,
				Math.round(score * 1000) / 1000.0, r.category());
	}

}
