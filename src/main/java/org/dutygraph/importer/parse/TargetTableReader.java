package org.dutygraph.importer.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantitative targets from tables: the indicator tables of the five-year plan (指标 | 2020 年 |
 * 2025 年 | 属性, where vertically merged 2025 cells come out blank and inherit the value above) and the
 * monthly air-quality tables of 陵川县 (one sub-table per area; the 全年 row is the yearly target).
 */
final class TargetTableReader {

	private static final Pattern YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern UNIT = Pattern.compile("^(.*?)\\s*[（(]\\s*([^()（）]*(?:%|吨|/)[^()（）]*)\\s*[)）]\\s*$");

	/** The text that refers to the monthly tables says 各乡镇力争完成环境空气质量预控制目标. */
	private static final String MONTHLY_NATURE = "力争";

	void readIndicators(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		Map<String, Integer> columns = Columns.of(lines.get(block.start()));
		int metricCol = Columns.find(columns, "指标");
		int natureCol = Columns.find(columns, "属性");
		int valueCol = natureCol >= 0 ? lastYearColumn(columns) : Columns.find(columns, "目标");
		Matcher year = YEAR.matcher(headerName(columns, valueCol));
		Integer targetYear = year.find() ? Integer.valueOf(year.group(1)) : null;
		String previousValue = null;
		for (int i = block.start() + 1; i <= block.end(); i++) {
			List<String> cells = Cells.tabs(lines.get(i));
			if (lines.get(i).isBlank() || !Cells.cell(cells, 1).matches("\\d{1,2}")) {
				continue;
			}
			String value = Cells.clean(Cells.cell(cells, valueCol));
			if (value.isEmpty()) {
				value = previousValue;
			}
			previousValue = value;
			Matcher unit = UNIT.matcher(Cells.clean(Cells.cell(cells, metricCol)));
			String metric = unit.matches() ? unit.group(1) : Cells.clean(Cells.cell(cells, metricCol));
			String nature = natureCol >= 0 ? Cells.clean(Cells.cell(cells, natureCol)) : null;
			sink.targets.add(new ParsedTarget(metric, value, unit.matches() ? unit.group(2) : null, targetYear,
					ctx.jurisdiction(), nature == null || nature.isEmpty() ? null : nature, i + 1));
		}
	}

	void readMonthly(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		List<String> years = Cells.tabs(lines.get(block.start()));
		List<String> pollutants = Cells.tabs(lines.get(block.start() + 1));
		String scope = scope(block.title(), ctx);
		for (int i = block.start() + 2; i <= block.end(); i++) {
			List<String> cells = Cells.tabs(lines.get(i));
			if (!Cells.compact(Cells.cell(cells, 0)).equals("全年")) {
				continue;
			}
			for (int col = 1; col < cells.size(); col++) {
				Matcher year = YEAR.matcher(Cells.cell(years, col));
				String pollutant = Cells.clean(Cells.cell(pollutants, col % 2 == 1 ? col : col - 1)).replace(" ", "");
				if (!year.find() || pollutant.isEmpty() || Integer.parseInt(year.group(1)) != ctx.planYear()) {
					continue;
				}
				sink.targets.add(new ParsedTarget(pollutant, Cells.cell(cells, col), "CO".equals(pollutant) ? "mg/m³" : "µg/m³",
						Integer.valueOf(year.group(1)), scope, MONTHLY_NATURE, i + 1));
			}
		}
	}

	private static int lastYearColumn(Map<String, Integer> columns) {
		int col = -1;
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			if (YEAR.matcher(column.getKey()).find()) {
				col = Math.max(col, column.getValue());
			}
		}
		return col;
	}

	private static String headerName(Map<String, Integer> columns, int col) {
		return columns.entrySet().stream().filter(e -> e.getValue() == col).map(Map.Entry::getKey).findFirst().orElse("");
	}

	/** 2023 年陵川县城环境空气质量预控制目标 gives 县城; 2023 年礼义镇… gives 礼义镇. */
	private static String scope(String title, ParseContext ctx) {
		String area = title.replaceFirst("^\\d{4}年", "").replaceFirst("环境空气质量.*$", "");
		if (area.endsWith("县城")) {
			return "县城";
		}
		return area.isEmpty() ? ctx.jurisdiction() : area;
	}

}
