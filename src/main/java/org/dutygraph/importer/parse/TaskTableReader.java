package org.dutygraph.importer.parse;

import java.util.ArrayList;
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
		int textCol = Columns.find(columns, "主要任务", "具体措施", "重点任务", "工作任务", "任务内容", "工作内容", "工作措施");
		int deadlineCol = Columns.find(columns, "完成时限", "完成时间", "时间节点", "时限");
		int leadCol = Columns.find(columns, "牵头单位", "牵头部门");
		int supportCol = Columns.find(columns, "配合单位", "配合部门", "协办单位", "参与单位");
		int unitsCol = leadCol >= 0 ? leadCol : Columns.find(columns, "责任单位", "责任部门");
		if (supportCol < 0 && leadCol >= 0) {
			supportCol = Columns.find(columns, "责任单位", "责任部门");
		}
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
					: withSupport(UnitCellSplitter.split(List.of(unitsCell), false), Cells.cell(cells, supportCol),
							lineNo);
			previousUnits = units;
			String deadlineCell = Cells.cell(cells, deadlineCol);
			DeadlineExpr deadline = this.dates.parseCell(deadlineCell, lineNo, ctx.planYear());
			if (deadline == null && deadlineCol >= 0) {
				sink.warn(lineNo, block.label() + " 第" + number + "行完成时限为空");
			}
			sink.row(block.label(), number, text, new int[] { lineNo, lineNo }, line, unitsCell, units,
					this.dates.rowMilestones(deadline, text, lineNo, ctx.planYear()), category);
		}
	}

	/**
	 * The row's units: those of the 牵头单位 (or 责任单位) column as the seed ledgers use it, a list whose
	 * first unit leads; then the 配合单位 column's units (or 责任单位 beside a 牵头单位 column), supporting.
	 */
	private static List<UnitMention> withSupport(List<UnitMention> leads, String supportText, int line) {
		List<UnitMention> units = new ArrayList<>(leads);
		if (supportText == null || supportText.isBlank()) {
			return units;
		}
		for (UnitMention u : UnitCellSplitter.split(List.of(new Fragment(supportText, line)), false)) {
			units.add(new UnitMention(u.asWritten(), units.size(), 1, u.qualifier(), RoleWords.SUPPORT, false,
					u.line()));
		}
		return units;
	}

	static int checkSequence(TableSink sink, int line, int previous, int number) {
		if (previous > 0 && number != previous + 1) {
			sink.warn(line, "序号从" + previous + "跳到" + number);
		}
		return number;
	}

}
