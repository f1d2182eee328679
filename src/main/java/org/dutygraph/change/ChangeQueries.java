package org.dutygraph.change;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Task;
import org.dutygraph.progress.ProgressRule;
import org.dutygraph.model.AuditRecord;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The statements of {@code cypher/queries/change/}, one method per file and named after it, run in the
 * caller's transaction. Not transactional itself: each change service opens the one transaction its change and its
 * audit records share.
 */
@Component
class ChangeQueries {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final Clock clock;

	ChangeQueries(Neo4jClient client, CypherQueries queries, Clock clock) {
		this.client = client;
		this.queries = queries;
		this.clock = clock;
	}

	/** The zone audit times are written and days are cut in. */
	String zone() {
		return this.clock.getZone().getId();
	}

	Optional<Task> lockTask(String id) {
		return record("lockTask", CypherParams.of("id", id)).map((r) -> GraphValues.task(r.get("node")));
	}

	Optional<Task> setTaskState(String id, String status, boolean setExpectedDate, LocalDate expectedDate,
			LocalDate today) {
		return record("setTaskState", CypherParams.of("id", id, "status", status, "setExpectedDate", setExpectedDate,
				"expectedDate", expectedDate, "today", today))
			.map((r) -> GraphValues.task(r.get("node")));
	}

	/** The ids of a DEPENDS_ON path from one task to another, if there is one. */
	Optional<List<String>> dependencyPath(String fromId, String toId) {
		return record("dependencyPath", CypherParams.of("fromId", fromId, "toId", toId))
			.map((r) -> r.get("ids").asList(Value::asString));
	}

	/** Both tasks, locked, and the DEPENDS_ON edges between them. */
	Record lockDependencies(String dependentId, String prerequisiteId) {
		return record("lockDependencies", CypherParams.of("dependentId", dependentId, "prerequisiteId", prerequisiteId))
			.orElseThrow();
	}

	void addDependency(String dependentId, String prerequisiteId, String reason, String who) {
		record("addDependency", CypherParams.of("dependentId", dependentId, "prerequisiteId", prerequisiteId, "reason",
				reason, "who", who, "zone", zone()));
	}

	void removeDependency(String dependentId, String prerequisiteId) {
		record("removeDependency", CypherParams.of("dependentId", dependentId, "prerequisiteId", prerequisiteId));
	}

	List<AuditRecord> history(String id) {
		return records("history", CypherParams.of("id", id)).stream()
			.map((r) -> GraphValues.auditRecord(r.get("node")))
			.toList();
	}

	/** What the progress rule needs of every task. */
	List<ProgressRule.Facts> taskProgress() {
		return records("taskProgress", CypherParams.of()).stream()
			.map((r) -> GraphValues.progressFacts(r.get("task")))
			.toList();
	}

	/** The given (overdue) tasks grouped by lead unit and by township. */
	Record overdueTasks(List<String> ids) {
		return record("overdueTasks", CypherParams.of("ids", ids)).orElseThrow();
	}

	Optional<Record> taskAsOf(String id, LocalDate date) {
		return record("taskAsOf", CypherParams.of("id", id, "date", date, "zone", zone()));
	}

	private List<Record> records(String name, Map<String, Object> params) {
		return List.copyOf(this.client.query(this.queries.get("change/" + name))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.all());
	}

	private Optional<Record> record(String name, Map<String, Object> params) {
		List<Record> records = records(name, params);
		return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
	}

	/**
	 * Writes one audit record per change about {@code subjectId} and returns them.
	 * @param changes pairs of field name and {@link Change}
	 */
	List<AuditRecord> writeAudit(String subjectId, String who, String action, String reason, Long version,
			List<Change> changes) {
		return records("writeAudit", auditParams(subjectId, who, action, reason, version, changes)).stream()
			.map((r) -> GraphValues.auditRecord(r.get("node")))
			.toList();
	}


	private Map<String, Object> auditParams(String subjectId, String who, String action, String reason, Long version,
			List<Change> changes) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Change change : changes) {
			Map<String, Object> row = new HashMap<>();
			row.put("field", change.field());
			row.put("oldValue", change.oldValue());
			row.put("newValue", change.newValue());
			rows.add(row);
		}
		return CypherParams.of("subjectId", subjectId, "who", who, "action", action, "reason", reason, "version", version,
				"changes", rows, "zone", zone());
	}

	/** A field's value before and after a change; null for none. */
	record Change(String field, String oldValue, String newValue) {
	}

}
