package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A bracket tail repeated at a page seam after a bracket that is already closed, e.g.
 * <pre>…〔责任单位：市自然资源局、晋城市生态环境局高平分局〕
 *
 * 平分局、市工信局]</pre>
 * The fragment most likely is the real end of the list: units it names that the bracket does not
 * already end with are appended to the task, and a warning is reported.
 */
final class OrphanFragment {

	private static final int MAX_LENGTH = 60;

	private OrphanFragment() {
	}

	static boolean matches(Paragraph segment) {
		String text = TextNormalizer.strip(segment.text());
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		boolean closes = "〕]］".indexOf(last) >= 0;
		return closes && text.indexOf('。') < 0 && text.chars().noneMatch(c -> "〔[［".indexOf(c) >= 0);
	}

	static void merge(Paragraph segment, TaskDraft task, UnitListParser parser, List<ParseProblem> problems) {
		String text = TextNormalizer.strip(segment.text());
		String content = text.substring(0, text.length() - 1);
		List<String> added = new ArrayList<>();
		int group = task.units().isEmpty() ? 0 : task.units().get(task.units().size() - 1).commaGroup();
		for (UnitMention piece : parser.parse(content, segment::lineAt)) {
			if (alreadyListed(task, piece.asWritten())) {
				continue;
			}
			task.addUnit(new UnitMention(piece.asWritten(), task.units().size(), group, piece.qualifier(),
					piece.explicitRole(), false, piece.line()), segment.lastLine());
			added.add(piece.asWritten());
		}
		task.appendText("", segment.lastLine());
		problems.add(new ParseProblem("WARNING", segment.firstLine(), "The fragment \"" + text
				+ "\" after the closed responsibility bracket of the task at line " + task.line
				+ " looks like a page-seam repeat of the bracket's end; "
				+ (added.isEmpty() ? "it names no new unit." : "added " + String.join("、", added) + " to that task.")));
	}

	private static boolean alreadyListed(TaskDraft task, String unit) {
		return task.units().stream().anyMatch(u -> u.asWritten().endsWith(unit));
	}

}
