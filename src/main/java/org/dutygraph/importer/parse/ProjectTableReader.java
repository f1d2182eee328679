package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the county key-project tables (重点工程: 序号 | 工作任务 | 责任主体 | 完成时限 | 备注), tab-separated
 * or flattened. In a flattened row the 责任主体 lines are the ones just above the date that end like a
 * unit (晋城市生态局 / 沁水分局); everything above them is the project name.
 */
final class ProjectTableReader {

	private static final Pattern DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*底)?");

	private static final Pattern TIER = Pattern.compile("(省重点|市重点)");

	private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})(?:\\s+(.*))?$");

	private static final Pattern LEAD_LINE = Pattern.compile(".*(局|委|办|室|院|队|段|中心|政府|管委会|公司|监狱)$");

	private final ChineseDateParser dates = new ChineseDateParser();

	void read(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		if (block.tsv()) {
			readTsv(lines, block, ctx, sink);
		}
		else {
			readFlat(lines, block, ctx, sink);
		}
	}

	private void readTsv(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		Map<String, Integer> columns = Columns.of(lines.get(block.start()));
		int numberCol = Columns.find(columns, "序号");
		int nameCol = Columns.find(columns, "工作任务", "项目名称");
		int leadCol = Columns.find(columns, "责任主体", "牵头单位");
		int deadlineCol = Columns.find(columns, "完成时限", "实施时间");
		int noteCol = Columns.find(columns, "备注");
		for (int i = block.start() + 1; i <= block.end(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || TableLocator.kindOf(line) != null) {
				continue;
			}
			List<String> cells = Cells.tabs(line);
			String number = Cells.cell(cells, numberCol);
			if (!number.matches("\\d{1,3}")) {
				sink.warn(i + 1, "重点工程行无法识别序号，已跳过：" + Cells.excerpt(line));
				continue;
			}
			List<Fragment> lead = List.of(new Fragment(Cells.cell(cells, leadCol), i + 1));
			add(block, ctx, sink, number, Cells.cell(cells, nameCol), lead, Cells.cell(cells, deadlineCol),
					Cells.cell(cells, noteCol), i + 1);
		}
	}

	private void readFlat(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		List<Fragment> row = new ArrayList<>();
		String number = null;
		int previous = 0;
		for (int i = block.start() + 1; i <= block.end() + 1; i++) {
			String line = i <= block.end() ? lines.get(i).strip() : "0";
			if (line.isEmpty()) {
				continue;
			}
			Matcher m = NUMBER.matcher(line);
			boolean next = m.matches() && (i > block.end() || Integer.parseInt(m.group(1)) == previous + 1);
			if (!next) {
				row.add(new Fragment(line, i + 1));
				continue;
			}
			if (number != null) {
				flatRow(block, ctx, sink, number, row);
			}
			if (i > block.end()) {
				break;
			}
			previous = Integer.parseInt(m.group(1));
			number = m.group(1);
			row = new ArrayList<>();
			row.add(new Fragment(m.group(2) == null ? "" : m.group(2), i + 1));
		}
	}

	private void flatRow(TableBlock block, ParseContext ctx, TableSink sink, String number, List<Fragment> row) {
		int dateAt = -1;
		for (int k = 0; k < row.size() && dateAt < 0; k++) {
			dateAt = DATE.matcher(row.get(k).text()).find() ? k : -1;
		}
		if (dateAt < 0) {
			sink.warn(row.get(0).line(), block.label() + " 第" + number + "项没有读到完成时限");
			dateAt = row.size();
		}
		List<Fragment> lead = new ArrayList<>();
		StringBuilder deadline = new StringBuilder();
		StringBuilder note = new StringBuilder();
		if (dateAt < row.size()) {
			Fragment dateLine = row.get(dateAt);
			Matcher date = DATE.matcher(dateLine.text());
			date.find();
			lead.add(new Fragment(dateLine.text().substring(0, date.start()), dateLine.line()));
			tail(dateLine.text().substring(date.start()), deadline, note);
			for (Fragment after : row.subList(dateAt + 1, row.size())) {
				tail(after.text(), deadline, note);
			}
		}
		int nameEnd = dateAt;
		while (nameEnd > 1 && LEAD_LINE.matcher(row.get(nameEnd - 1).text()).matches()) {
			nameEnd--;
			lead.add(0, row.get(nameEnd));
		}
		String name = String.join("", row.subList(0, nameEnd).stream().map(Fragment::text).toList());
		add(block, ctx, sink, number, name, lead, deadline.toString().strip(), note.toString(), row.get(0).line());
	}

	private static void tail(String text, StringBuilder deadline, StringBuilder note) {
		Matcher tier = TIER.matcher(text);
		String rest = tier.find() ? text.substring(0, tier.start()) + text.substring(tier.end()) : text;
		if (tier.find(0)) {
			note.append(tier.group(1));
		}
		if (!rest.isBlank()) {
			deadline.append(deadline.isEmpty() ? "" : " ").append(rest.strip());
		}
	}

	private void add(TableBlock block, ParseContext ctx, TableSink sink, String number, String name,
			List<Fragment> lead, String deadlineCell, String note, int line) {
		DeadlineExpr deadline = this.dates.parseCell(deadlineCell, line, ctx.planYear());
		if (deadline == null) {
			sink.warn(line, block.label() + " 第" + number + "项完成时限为空");
		}
		Matcher tier = TIER.matcher(note == null ? "" : note);
		List<UnitMention> units = UnitCellSplitter.split(lead, false);
		sink.projects.add(new ParsedProject(block.label() + "/" + number, Cells.clean(name), null, null,
				deadlineCell.isBlank() ? null : deadlineCell.strip(), deadline, null, tier.find() ? tier.group(1) : null,
				units, line));
	}

}
