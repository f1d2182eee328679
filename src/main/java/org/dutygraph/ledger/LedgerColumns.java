package org.dutygraph.ledger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dutygraph.progress.DeadlineState;
import org.dutygraph.model.Task;

/**
 * The columns of a 任务分工台账 and the text of each cell, the same in the workbook and the CSV file:
 * 序号, 任务内容, 牵头单位, 配合单位, 责任乡镇, (for a township: 承担方式,) 完成时限, 时限状态, 进度, 来源,
 * and the task's id so that a row can be traced back to the graph.
 */
public final class LedgerColumns {

	/** A column: its header and its width in characters. */
	public record Column(String header, int width) {
	}

	static final Column NUMBER = new Column("序号", 6);

	static final Column TEXT = new Column("任务内容", 60);

	static final Column LEAD = new Column("牵头单位", 26);

	static final Column SUPPORT = new Column("配合单位", 30);

	static final Column TOWNSHIPS = new Column("责任乡镇", 26);

	static final Column HOW = new Column("承担方式", 24);

	static final Column DEADLINES = new Column("完成时限", 18);

	static final Column STATE = new Column("时限状态", 11);

	static final Column PROGRESS = new Column("进度", 14);

	static final Column SOURCE = new Column("来源", 40);

	static final Column ID = new Column("任务标识", 34);

	private static final Map<DeadlineState, String> STATES = Map.of(DeadlineState.ON_TRACK, "正常",
			DeadlineState.DUE_SOON, "临期", DeadlineState.OVERDUE, "逾期", DeadlineState.DONE_LATE, "逾期完成",
			DeadlineState.NO_DEADLINE, "无截止日期");

	private static final Map<String, String> STATUSES = Map.of("NOT_STARTED", "未开始", "IN_PROGRESS", "进行中", "DONE",
			"已完成", "DELAYED", "已延误");

	private LedgerColumns() {
	}

	/** The columns of a ledger; a township's has 承担方式 after 责任乡镇. */
	public static List<Column> of(Ledger ledger) {
		List<Column> columns = new ArrayList<>(List.of(NUMBER, TEXT, LEAD, SUPPORT, TOWNSHIPS));
		if (ledger.township()) {
			columns.add(HOW);
		}
		columns.addAll(List.of(DEADLINES, STATE, PROGRESS, SOURCE, ID));
		return columns;
	}

	/** The cells of a row, column by column; {@code number} is its 序号. */
	public static List<String> cells(Ledger ledger, Ledger.Row row, int number) {
		List<String> cells = new ArrayList<>(List.of(String.valueOf(number), row.task().text(), units(row.units("LEAD")),
				units(row.units("SUPPORT")), units(row.units("TERRITORIAL"))));
		if (ledger.township()) {
			cells.add(row.inherited() ? "经" + row.via() : "直接（" + row.via() + "）");
		}
		cells.addAll(List.of(String.join("；", row.deadlines()), STATES.get(row.state()), progress(row.task()),
				source(row), row.task().id()));
		return cells;
	}

	/** The title of a sheet: what the ledger is of, the plan, and the day of its deadline states. */
	static String title(Ledger ledger, String planTitle) {
		String plan = (planTitle == null || ledger.kind().equals("计划")) ? "" : "｜《" + planTitle + "》";
		String subject = ledger.kind().equals("逾期任务") ? "逾期任务" : ledger.kind() + "：" + ledger.subject();
		return "任务分工台账｜" + subject + plan + "｜时限状态截至 " + ledger.asOf();
	}

	/** Canonical names, each followed by the name as written when the document wrote it otherwise. */
	static String units(List<Ledger.Unit> units) {
		Set<String> names = new LinkedHashSet<>();
		for (Ledger.Unit unit : units) {
			boolean same = unit.asWritten().isEmpty() || unit.asWritten().equals(unit.name());
			names.add(same ? unit.name() : unit.name() + "（" + unit.asWritten() + "）");
		}
		return String.join("、", names);
	}

	static String progress(Task task) {
		String status = STATUSES.getOrDefault(task.status(), task.status());
		return (task.expectedDate() != null) ? status + "（预计 " + task.expectedDate() + "）" : status;
	}

	/** The document, the plan, the task's number path and its line; the line of its lead unit when another. */
	static String source(Ledger.Row row) {
		Task task = row.task();
		StringBuilder source = new StringBuilder(row.document()).append("《").append(row.planTitle()).append("》");
		if (!task.path().isEmpty()) {
			source.append(String.join("/", task.path()));
		}
		source.append("，第 ").append(task.line()).append(" 行");
		row.units("LEAD")
			.stream()
			.mapToInt(Ledger.Unit::line)
			.filter((line) -> line > 0 && line != task.line())
			.findFirst()
			.ifPresent((line) -> source.append("，分工见第 ").append(line).append(" 行"));
		return source.toString();
	}

}
