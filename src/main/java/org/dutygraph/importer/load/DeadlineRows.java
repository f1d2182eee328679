package org.dutygraph.importer.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dutygraph.importer.parse.DeadlineExpr;
import org.dutygraph.importer.parse.DeadlineKind;

/**
 * The deadline part of the graph model, shared by tasks and key projects: due dates, {@code Deadline}
 * nodes and the milestones that chain them.
 */
final class DeadlineRows {

	private DeadlineRows() {
	}

	/** The date a task is due: its latest BY_DATE deadline. */
	static LocalDate dueDate(List<DeadlineExpr> deadlines) {
		return dueDates(deadlines).stream().max(LocalDate::compareTo).orElse(null);
	}

	/** Every BY_DATE date of a task, in order: the milestones a due-window filter looks at. */
	static List<LocalDate> dueDates(List<DeadlineExpr> deadlines) {
		return deadlines.stream()
			.filter((d) -> d.kind() == DeadlineKind.BY_DATE && d.date() != null)
			.map(DeadlineExpr::date)
			.toList();
	}

	static void deadlines(GraphBatch batch, String docId, String ownerId, List<DeadlineExpr> deadlines) {
		for (int i = 0; i < deadlines.size(); i++) {
			DeadlineExpr d = deadlines.get(i);
			String id = ownerId + "#d" + i;
			batch.node(NodeLabel.Deadline, id,
					Props.of()
						.put("raw", d.raw())
						.put("kind", d.kind().name())
						.put("date", d.date())
						.put("endDate", d.endDate())
						.put("line", d.line())
						.put("order", i)
						.put("documentId", docId)
						.map());
			batch.rel(RelType.HAS_DEADLINE, ownerId, id, "", Props.of().put("order", i).map());
		}
		milestones(batch, docId, ownerId, deadlines);
	}

	/**
	 * A task with several dated clauses (2021年3月底前 摸底调查 … 9月底前 …) is a chain of milestones: each
	 * BY_DATE deadline {@code PRECEDES} the next later one (basis RULE, both expressions as evidence).
	 */
	static void milestones(GraphBatch batch, String docId, String ownerId, List<DeadlineExpr> deadlines) {
		List<Integer> dated = new ArrayList<>();
		for (int i = 0; i < deadlines.size(); i++) {
			if (deadlines.get(i).kind() == DeadlineKind.BY_DATE && deadlines.get(i).date() != null) {
				dated.add(i);
			}
		}
		dated.sort((a, b) -> deadlines.get(a).date().compareTo(deadlines.get(b).date()));
		for (int k = 1; k < dated.size(); k++) {
			DeadlineExpr before = deadlines.get(dated.get(k - 1));
			DeadlineExpr after = deadlines.get(dated.get(k));
			if (!before.date().isBefore(after.date())) {
				continue;
			}
			batch.rel(RelType.PRECEDES, ownerId + "#d" + dated.get(k - 1), ownerId + "#d" + dated.get(k), "",
					Props.of()
						.put("basis", "RULE")
						.put("evidence", before.raw() + " → " + after.raw())
						.put("line", after.line())
						.put("documentId", docId)
						.map());
		}
	}

}
