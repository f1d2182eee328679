package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a task table that lost its cell borders in conversion (沁水县 ledger, seed-domain case 12):
 * one cell fragment per line, blank lines between, 序号 on its own line or leading the row. A row is
 * number, text lines, the 完成时限 cell (found by its shape), then unit lines; a line such as 五、强化煤
 * starts a category that runs until the next 序号.
 */
final class FlatTaskTableReader {

	private static final String DEADLINE = "(?:长期坚持|每月一次|每季度|秋冬季|已完成|\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*(?:-\\s*\\d{1,2}\\s*)?月份?"
			+ "(?:\\s*\\d{1,2}\\s*日)?)?\\s*(?:年?底)?\\s*(?:前|起)?)";

	private static final Pattern LEADING_DEADLINE = Pattern.compile("^(" + DEADLINE + ")(?:\\s+(.*))?$");

	private static final Pattern TRAILING_DEADLINE = Pattern.compile("^(.*[。；;])\\s*(" + DEADLINE + ")(?:\\s+(.*))?$");

	private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})(?:\\s+(.*))?$");

	private static final Pattern CATEGORY = Pattern.compile("^[一二三四五六七八九十]+、.*");

	private static final Pattern FOOTER = Pattern.compile("^[—-]\\s*\\d+\\s*[—-]$");

	private final ChineseDateParser dates = new ChineseDateParser();

	private static final class Row {

		String number;

		int line;

		int endLine;

		final StringBuilder text = new StringBuilder();

		String excerpt;

		Fragment deadline;

		final List<Fragment> units = new ArrayList<>();

	}

	void read(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		StringBuilder category = null;
		String categoryInForce = null;
		Row row = null;
		int previousNumber = 0;
		List<UnitMention> previousUnits = List.of();
		for (int i = block.start() + 1; i <= block.end(); i++) {
			String line = lines.get(i).strip();
			int lineNo = i + 1;
			if (line.isEmpty() || FOOTER.matcher(line).matches() || TableLocator.kindOf(line) != null) {
				continue;
			}
			Matcher number = NUMBER.matcher(line);
			if (number.matches() && Integer.parseInt(number.group(1)) > previousNumber
					&& Integer.parseInt(number.group(1)) <= previousNumber + 2) {
				previousUnits = finish(row, block, ctx, sink, categoryInForce, previousUnits);
				if (category != null) {
					categoryInForce = category.toString();
					category = null;
				}
				previousNumber = TaskTableReader.checkSequence(sink, lineNo, previousNumber,
						Integer.parseInt(number.group(1)));
				row = new Row();
				row.number = number.group(1);
				row.line = lineNo;
				row.endLine = lineNo;
				if (number.group(2) != null) {
					content(row, number.group(2), lineNo);
				}
				continue;
			}
			if (CATEGORY.matcher(line).matches() || category != null) {
				category = (category == null ? new StringBuilder() : category).append(Cells.clean(line));
				continue;
			}
			if (row != null) {
				content(row, line, lineNo);
			}
		}
		finish(row, block, ctx, sink, categoryInForce, previousUnits);
	}

	private static void content(Row row, String line, int lineNo) {
		row.endLine = lineNo;
		if (row.deadline != null) {
			row.units.add(new Fragment(line, lineNo));
			return;
		}
		Matcher leading = LEADING_DEADLINE.matcher(line);
		Matcher trailing = TRAILING_DEADLINE.matcher(line);
		if (leading.matches()) {
			deadline(row, leading.group(1), leading.group(2), lineNo);
		}
		else if (trailing.matches()) {
			text(row, trailing.group(1), line);
			deadline(row, trailing.group(2), trailing.group(3), lineNo);
		}
		else {
			text(row, line, line);
		}
	}

	private static void text(Row row, String text, String line) {
		row.text.append(text.strip());
		if (row.excerpt == null) {
			row.excerpt = line;
		}
	}

	private static void deadline(Row row, String deadline, String rest, int lineNo) {
		row.deadline = new Fragment(deadline, lineNo);
		if (rest != null && !rest.isBlank()) {
			row.units.add(new Fragment(rest, lineNo));
		}
	}

	private List<UnitMention> finish(Row row, TableBlock block, ParseContext ctx, TableSink sink, String category,
			List<UnitMention> previousUnits) {
		if (row == null) {
			return previousUnits;
		}
		if (row.text.isEmpty()) {
			sink.warn(row.line, block.label() + " 第" + row.number + "行没有读到具体措施，已跳过");
			return previousUnits;
		}
		DeadlineExpr deadline = row.deadline == null ? null
				: this.dates.parseCell(row.deadline.text(), row.deadline.line(), ctx.planYear());
		if (deadline == null) {
			sink.warn(row.line, block.label() + " 第" + row.number + "行完成时限为空");
		}
		boolean inherited = row.units.isEmpty();
		List<UnitMention> units = inherited ? UnitCellSplitter.inherit(previousUnits)
				: UnitCellSplitter.split(row.units, false);
		Fragment unitsCell = inherited ? null
				: new Fragment(String.join(" ", row.units.stream().map(f -> f.text().strip()).toList()),
						row.units.get(0).line());
		sink.row(block.label(), row.number, Cells.text(row.text.toString()), new int[] { row.line, row.endLine },
				row.excerpt, unitsCell, units,
				this.dates.rowMilestones(deadline, Cells.text(row.text.toString()), row.line, ctx.planYear()), category);
		return units;
	}

}
