package org.dutygraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a tab-separated task table (重点任务清单, 重点工作任务台账). Header rows repeated at page breaks
 * are skipped; a row without 序号 and text only carries a detached category; an empty units cell is a
 * vertically merged cell and inherits the units of the row above (inferred).
 */
final class TaskTableReader {

	/** A row without a 序号 column numbers its task in the text: 1.始终做到忠诚于党。 */
	private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,3})\\s*[.．、﹒]\\s*");

	private final ChineseDateParser dates = new ChineseDateParser();

	void read(List<String> lines, TableBlock block, ParseContext ctx, TableSink sink) {
		Map<String, Integer> columns = Columns.of(lines.get(block.start()));
		int categoryCol = Columns.find(columns, "类别");
		int numberCol = Columns.find(columns, "序号");
		int textCol = Columns.find(columns, "主要任务", "具体措施", "重点任务", "工作任务", "任务内容", "工作内容", "工作措施",
				"目标与任务", "重点工作");
		int deadlineCol = Columns.find(columns, "完成时限", "完成时间", "时间节点", "时限", "时间进度");
		int leadCol = leadColumn(columns);
		int supportCol = other(columns, List.of("配合单位", "配合部门", "协办单位", "参与单位", "协同配合单位", "协同单位",
				"协同责任单位", "协作单位"), leadCol, "责任主体");
		int ownersCol = other(columns, List.of("责任单位", "责任部门", "负责部门", "责任主体"), leadCol, null);
		if (ownersCol == supportCol) {
			ownersCol = -1;
		}
		int unitsCol = leadCol >= 0 ? leadCol : ownersCol;
		if (unitsCol == ownersCol) {
			ownersCol = -1;
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
			Matcher leading = LEADING_NUMBER.matcher(text);
			if (numberCol < 0 && leading.lookingAt()) {
				number = leading.group(1);
				text = text.substring(leading.end());
			}
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
					: withColumn(withColumn(UnitCellSplitter.split(List.of(unitsCell), false), Cells.cell(cells, supportCol),
							RoleWords.SUPPORT, lineNo), Cells.cell(cells, ownersCol), null, lineNo);
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
	 * The first column other than {@code except} whose header holds one of the names and not {@code unless}
	 * (责任主体与协同单位 names both the governments that carry the work out and those that help: it gives no role).
	 */
	private static int other(Map<String, Integer> columns, List<String> names, int except, String unless) {
		for (String name : names) {
			for (Map.Entry<String, Integer> column : columns.entrySet()) {
				if (column.getValue() != except && column.getKey().contains(name)
						&& (unless == null || !column.getKey().contains(unless))) {
					return column.getValue();
				}
			}
		}
		return -1;
	}

	/**
	 * The column that names who leads: 牵头单位, 牵头部门, 牵头负责部门, 牵头责任单位, 主要责任单位 (not 牵头领导,
	 * a person).
	 */
	private static int leadColumn(Map<String, Integer> columns) {
		for (Map.Entry<String, Integer> column : columns.entrySet()) {
			String name = column.getKey();
			if ((name.contains("牵头") || name.contains("主要责任") || name.contains("主责")) && !name.contains("领导")) {
				return column.getValue();
			}
		}
		return -1;
	}

	/**
	 * The row's units: those of the 牵头单位 (or 责任单位) column as the seed ledgers use it, a list whose
	 * first unit leads; then the units of another column with the role its header gives: 配合单位 supporting,
	 * 责任单位 beside a 牵头单位 column as their own kind says (departments support, governments and zones carry
	 * the work out on their ground).
	 */
	private static List<UnitMention> withColumn(List<UnitMention> leads, String text, String role, int line) {
		List<UnitMention> units = new ArrayList<>(leads);
		if (text == null || text.isBlank()) {
			return units;
		}
		int group = units.isEmpty() ? 0 : units.get(units.size() - 1).commaGroup() + 1;
		for (UnitMention u : UnitCellSplitter.split(List.of(new Fragment(text, line)), false)) {
			units.add(new UnitMention(u.asWritten(), units.size(), group + u.commaGroup(), u.qualifier(),
					role != null ? role : u.explicitRole(), false, u.line()));
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
