package org.dutygraph.importer.parse;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a water-quality target table (地表水水质改善目标明细表). Column sets differ by county (乡（镇）,
 * 县（市、区）, 河流名称, 被考核单位), cells may be letter-spaced (尉 迟, 市 考) and the level may only be
 * written in 备注, so columns are found by header name and every cell is cleaned.
 */
final class SectionTableReader {

	private static final Pattern LEVEL = Pattern.compile("(国考|省考|市考)");

	void read(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		List<String> header = cells(lines.get(block.start()), block.tsv());
		Map<String, Integer> columns = Columns.of(header);
		int nameCol = Columns.find(columns, "断面名称");
		int countyCol = Columns.find(columns, "县（市、区）", "县区", "县(市、区)");
		int townshipCol = Columns.find(columns, "乡（镇）", "乡镇", "乡(镇)");
		int riverCol = Columns.find(columns, "河流");
		int targetCol = Columns.find(columns, "目标水质", "水质目标");
		int assessedCol = Columns.find(columns, "被考核单位");
		int levelCol = Columns.find(columns, "级别", "备注");
		for (int i = block.start() + 1; i <= block.end(); i++) {
			String line = lines.get(i);
			List<String> cells = cells(line, block.tsv());
			if (line.isBlank() || !Cells.cell(cells, 0).matches("\\d{1,2}")) {
				continue;
			}
			String name = Cells.clean(Cells.cell(cells, nameCol)).replaceFirst("断面$", "");
			if (name.isEmpty()) {
				sink.warn(i + 1, block.label() + " 断面名称为空，已跳过");
				continue;
			}
			String county = orNull(Cells.clean(Cells.cell(cells, countyCol)));
			sink.sections.add(new ParsedSection(name, county == null ? ctx.jurisdiction() : county,
					orNull(Cells.clean(Cells.cell(cells, townshipCol))), orNull(Cells.clean(Cells.cell(cells, riverCol))),
					level(Cells.compact(Cells.cell(cells, levelCol))), orNull(Cells.clean(Cells.cell(cells, targetCol))),
					orNull(Cells.clean(Cells.cell(cells, assessedCol))), i + 1));
		}
	}

	private static List<String> cells(String line, boolean tsv) {
		return tsv ? Cells.tabs(line) : Cells.spaced(line);
	}

	private static String level(String note) {
		Matcher m = LEVEL.matcher(note);
		return m.find() ? m.group(1) : null;
	}

	private static String orNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}

}
