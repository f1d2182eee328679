package org.dutygraph.change;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.AuditRecord;
import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Runs the statements of {@code cypher/queries/change/} in the caller's transaction, and writes audit
 * records. Not transactional itself: each change service opens the one transaction its change and its
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

	List<Record> records(String name, Map<String, Object> params) {
		return List.copyOf(this.client.query(this.queries.get("change/" + name))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.all());
	}

	Optional<Record> record(String name, Map<String, Object> params) {
		List<Record> records = records(name, params);
		return records.isEmpty() ? Optional.empty() : Optional.of(records.get(0));
	}

	/**
	 * Writes one audit record per change about {@code subjectId} and returns them.
	 * @param changes pairs of field name and {@link Change}
	 */
	List<AuditRecord> audit(String subjectId, String who, String action, String reason, Long version,
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
