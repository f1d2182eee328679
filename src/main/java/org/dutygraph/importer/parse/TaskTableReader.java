package org.dutygraph.importer.parse;

import java.util.List;
import java.util.Map;

/**
 * Reads a tab-separated task table (重点任务清单, 重点工作任务台账). Header rows repeated at page breaks
 * are skipped; a row without 序号 and text only carries a detached category; an empty units cell is a
 * vertically merged cell and inherits the units of the row above (inferred).
 */
final class TaskTableReader {

	private final ChineseDateParser dates = new ChineseDateParser();

	void read(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		Map<String, Integer> columns = Columns.of(lines.get(block.start()));
		int categoryCol = Columns.find(columns, "类别");
		int numberCol = Columns.find(columns, "序号");
		int textCol = Columns.find(columns, "主要任务", "具体措施");
		int deadlineCol = Columns.find(columns, "完成时限");
		int unitsCol = Columns.find(columns, "牵头单位", "责任单位");
		String category = null;
		List<UnitMention> previousUnits = List.of();
		int previousNumber = 0;
		for (int i = block.start() + 1; i <= block.end(); i++) {
			String line = lines.get(i);
			if (line.isBlank() || TableLocator.kindOf(line) != null) {
				continue;
			}
			int lineNo = i + 1;
			List<String> cells = Cells.tabs(line);
			String categoryCell = Cells.clean(Cells.cell(cells, categoryCol));
			String number = Cells.cell(cells, numberCol);
			String text = Cells.text(Cells.cell(cells, textCol));
			if (!categoryCell.isEmpty()) {
				category = categoryCell;
			}
			if (text.isEmpty() && !number.matches("\\d{1,3}")) {
				category = number.isEmpty() ? category : Cells.clean(number);
				continue;
			}
			if (!number.matches("\\d{1,3}")) {
				sink.warn(lineNo, "任务清单行无法识别序号，已跳过：" + Cells.excerpt(line));
				continue;
			}
			previousNumber = checkSequence(sink, lineNo, previousNumber, Integer.parseInt(number));
			String unitsText = Cells.cell(cells, unitsCol);
			Fragment unitsCell = unitsText.isEmpty() ? null : new Fragment(unitsText, lineNo);
			List<UnitMention> units = unitsCell == null ? UnitCellSplitter.inherit(previousUnits)
					: UnitCellSplitter.split(List.of(unitsCell), false);
			previousUnits = units;
			DeadlineExpr deadline = this.dates.parseCell(Cells.cell(cells, deadlineCol), lineNo, ctx.planYear());
			if (deadline == null) {
				sink.warn(lineNo, block.label() + " 第" + number + "行完成时限为空");
			}
			sink.row(block.label(), number, text, new int[] { lineNo, lineNo }, line, unitsCell, units, deadline,
					category);
		}
	}

	static int checkSequence(TableSink sink, int line, int previous, int number) {
		if (previous > 0 && number != previous + 1) {
			sink.warn(line, "序号从" + previous + "跳到" + number);
		}
		return number;
	}

}
