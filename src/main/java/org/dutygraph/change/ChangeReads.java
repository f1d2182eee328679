package org.dutygraph.change;

import java.time.LocalDate;
import java.util.List;

import org.dutygraph.change.OverdueReport.OverdueByAgency;
import org.dutygraph.change.OverdueReport.OverdueByTownship;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.progress.ProgressRule;
import org.dutygraph.model.AuditRecord;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads of status, overdue work and audit history, each in one read transaction. */
@Component
@Transactional(readOnly = true)
class ChangeReads {

	private final ChangeQueries queries;

	private final ProgressRule progress;

	ChangeReads(ChangeQueries queries, ProgressRule progress) {
		this.queries = queries;
		this.progress = progress;
	}

	/** The tasks the progress rule finds overdue on the day, grouped in Cypher. */
	OverdueReport overdueTasks(LocalDate asOf) {
		List<String> overdue = this.progress.overdueOn(this.queries.taskProgress(), asOf);
		Record row = this.queries.overdueTasks(overdue);
		List<OverdueByAgency> byAgency = row.get("byAgency")
			.asList((v) -> new OverdueByAgency(GraphValues.agency(v.get("agency")), v.get("count").asInt(),
					v.get("tasks").asList(GraphValues::task)));
		List<OverdueByTownship> byTownship = row.get("byTownship")
			.asList((v) -> new OverdueByTownship(GraphValues.township(v.get("township")), v.get("count").asInt(),
					v.get("tasks").asList(GraphValues::task)));
		return new OverdueReport(asOf, row.get("total").asInt(), byAgency, byTownship);
	}

	List<AuditRecord> history(String id) {
		return this.queries.history(id);
	}

	TaskState taskAsOf(String id, LocalDate date) {
		return this.queries.taskAsOf(id, date)
			.map((r) -> {
				Value last = r.get("lastChange");
				return new TaskState(id, date, r.get("status").asString("NOT_STARTED"),
						r.get("expectedDate").isNull() ? null : LocalDate.parse(r.get("expectedDate").asString()), r.get("version").asInt(0),
						last.isNull() ? null : GraphValues.auditRecord(last));
			})
			.orElse(null);
	}

}
