package org.dutygraph.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dutygraph.progress.DeadlineState;
import org.dutygraph.model.Task;

/**
 * A task ledger (任务分工台账) as read from the graph: what it is of, the day its deadline states are
 * computed for, and its rows in order.
 * @param kind what the ledger is of, e.g. 计划, 单位, 乡镇, 逾期任务
 * @param subject the plan, unit or township by name
 * @param fileStem the download's file name without extension
 * @param township true for a township's ledger, whose rows say how each task falls to it
 */
public record Ledger(String kind, String subject, String fileStem, LocalDate asOf, boolean township,
		List<Row> rows) {

	/** The rows grouped by plan, plans in the order of the rows: one sheet each. */
	public Map<String, List<Row>> byPlan() {
		Map<String, List<Row>> plans = new LinkedHashMap<>();
		this.rows.forEach((row) -> plans.computeIfAbsent(row.planId(), (k) -> new ArrayList<>()).add(row));
		return plans;
	}

	/**
	 * One task of the ledger.
	 * @param units the task's units in bracket order
	 * @param deadlines its deadline expressions as written
	 * @param via for a township's ledger: the unit through which the task falls to it
	 * @param inherited for a township's ledger: true when {@code via} is a collective covering it
	 */
	public record Row(Task task, String planId, String planTitle, String document, List<Unit> units,
			List<String> deadlines, String via, boolean inherited, DeadlineState state) {

		public List<Unit> units(String role) {
			return this.units.stream().filter((u) -> u.role().equals(role)).toList();
		}

	}

	/** A unit responsible for a task: its role, the name as written, its canonical name, the line. */
	public record Unit(String role, String asWritten, String name, int line) {
	}

}
