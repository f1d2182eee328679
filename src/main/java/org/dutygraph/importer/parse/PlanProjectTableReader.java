package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the key-project table of the five-year plan (表3, seed-domain case 15). Its rows are
 * column-shifted (an empty 项目名称 collapses a column), so cells are re-aligned by pattern instead of
 * by header: the 实施时间 cell is the one shaped \d{4}-\d{4}; then come the investment (亿元) and the
 * lead; before it come 主要内容, 项目名称 and 项目别. A name cell that only names a sub-category
 * (城镇生活污水处理厂 建设) or is missing gives way to the project named in the content.
 */
final class PlanProjectTableReader {

	private static final Pattern PERIOD = Pattern.compile("\\d{4}\\s*[-—–]\\s*\\d{4}");

	private static final Pattern STATED = Pattern.compile("(\\d+)项重点工程[^。]*?([\\d.]+)亿元");

	private static final Pattern GENERIC_NAME = Pattern.compile(".{2,12}(治理|建设|处理)");

	private static final Pattern FACILITY = Pattern.compile(".*(厂|站|工程|项目|改造|湿地|投运|座)");

	private final ChineseDateParser dates = new ChineseDateParser();

	void read(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		String category = null;
		int count = 0;
		double sum = 0;
		for (int i = block.start() + 1; i <= block.end(); i++) {
			String line = lines.get(i);
			List<String> cells = Cells.tabs(line);
			if (line.isBlank() || TableLocator.kindOf(line) != null) {
				continue;
			}
			int p = periodCell(cells);
			if (!Cells.clean(Cells.cell(cells, 0)).isEmpty()) {
				category = Cells.clean(Cells.cell(cells, 0));
			}
			if (p < 2) {
				if (!line.contains("合计")) {
					sink.warn(i + 1, block.label() + " 行无法对齐实施时间，已跳过：" + Cells.excerpt(line));
				}
				continue;
			}
			ParsedProject project = project(cells, p, category, i + 1, block, ctx, sink);
			sink.projects.add(project);
			count++;
			sum += project.investment() == null ? 0 : project.investment();
		}
		reportLostRows(lines, block, sink, count, sum);
	}

	private ParsedProject project(List<String> cells, int p, String category, int line, TableBlock block,
			ParseContext ctx, TableSink sink) {
		String content = Cells.clean(Cells.cell(cells, p - 1));
		String name = Cells.clean(Cells.cell(cells, p - 2));
		if (p - 2 == 0 || name.isEmpty() || isGeneric(name, content)) {
			name = nameFromContent(content);
		}
		String periodRaw = Cells.cell(cells, p).strip();
		Double investment = null;
		try {
			investment = Double.valueOf(Cells.cell(cells, p + 1));
		}
		catch (NumberFormatException ex) {
			sink.warn(line, block.label() + " 投资估算无法读取：" + Cells.cell(cells, p + 1));
		}
		List<UnitMention> lead = UnitCellSplitter.split(List.of(new Fragment(Cells.cell(cells, p + 2), line)), false);
		return new ParsedProject(block.label() + "/L" + line, name, content, category, periodRaw,
				this.dates.parseCell(periodRaw, line, ctx.planYear()), investment, null, lead, line);
	}

	private static int periodCell(List<String> cells) {
		for (int k = 0; k < cells.size(); k++) {
			if (PERIOD.matcher(cells.get(k).strip()).matches()) {
				return k;
			}
		}
		return -1;
	}

	private static boolean isGeneric(String name, String content) {
		String clause = firstClause(content);
		return GENERIC_NAME.matcher(name).matches() && clause.length() <= 20 && FACILITY.matcher(clause).matches();
	}

	private static String nameFromContent(String content) {
		return firstClause(content).replaceFirst("^(推进|完成|实施)", "");
	}

	private static String firstClause(String content) {
		return content.split("[，,。；]", 2)[0];
	}

	private static void reportLostRows(List<String> lines, TableBlock block, TableSink sink, int count, double sum) {
		for (int i = Math.max(0, block.start() - 6); i < block.start(); i++) {
			Matcher stated = STATED.matcher(Cells.clean(lines.get(i)));
			if (stated.find() && Integer.parseInt(stated.group(1)) != count) {
				sink.warn(block.start() + 1, String.format("%s: 正文称%s项重点工程、约%s亿元，表中只读到%d项、合计%.4f亿元，缺失的行在分页处丢失",
						block.label(), stated.group(1), stated.group(2), count, sum));
			}
		}
	}

}
