package org.dutygraph.ledger;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.progress.DeadlineState;
import org.dutygraph.progress.ProgressRule;
import org.dutygraph.model.Task;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the ledgers. Each one selects its tasks with {@code cypher/queries/ledger/<method>.cypher} and
 * reads their columns with {@code ledger/rows}, both in one read transaction. Deadline states come from
 * {@link ProgressRule}, the product's one rule, against the day asked for.
 */
@Component
@Transactional(readOnly = true)
public class LedgerQueries {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final ProgressRule progress;

	public LedgerQueries(Neo4jClient client, CypherQueries queries, ProgressRule progress) {
		this.client = client;
		this.queries = queries;
		this.progress = progress;
	}

	/** The tasks of a plan; empty when no plan has that id. */
	public Optional<Ledger> planLedger(String planId, LocalDate asOf) {
		return one("planLedger", CypherParams.of("planId", planId)).map((r) -> {
			String subject = r.get("subject").asString();
			return new Ledger("计划", subject, "任务分工台账-" + subject, asOf, false,
					rows(r.get("taskIds").asList(Value::asString), Map.of(), asOf));
		});
	}

	/** The tasks a unit is responsible for in any role; empty when no unit has that id. */
	public Optional<Ledger> agencyLedger(String agencyId, LocalDate asOf) {
		return one("agencyLedger", CypherParams.of("agencyId", agencyId)).map((r) -> {
			String subject = r.get("subject").asString();
			return new Ledger("单位", subject, "任务分工台账-" + subject, asOf, false,
					rows(r.get("taskIds").asList(Value::asString), Map.of(), asOf));
		});
	}

	/** A township's tasks, direct and inherited through collectives; empty when no township has that id. */
	public Optional<Ledger> townshipLedger(String townshipId, LocalDate asOf) {
		return one("townshipLedger", CypherParams.of("townshipId", townshipId)).map((r) -> {
			String subject = r.get("subject").asString();
			Map<String, Via> via = new HashMap<>();
			List<String> ids = r.get("tasks").asList((v) -> {
				via.put(v.get("taskId").asString(), new Via(v.get("via").asString(), v.get("inherited").asBoolean()));
				return v.get("taskId").asString();
			});
			return new Ledger("乡镇", subject, "任务分工台账-" + subject, asOf, true, rows(ids, via, asOf));
		});
	}

	/** Open tasks past their deadline on {@code asOf}, plan by plan, earliest due first. */
	public Ledger overdueLedger(LocalDate asOf) {
		Record r = one("overdueLedger", CypherParams.of("asOf", asOf)).orElseThrow();
		List<Ledger.Row> overdue = rows(r.get("taskIds").asList(Value::asString), Map.of(), asOf).stream()
			.filter((row) -> row.state() == DeadlineState.OVERDUE)
			.toList();
		return new Ledger("逾期任务", "截至 " + asOf, "逾期任务台账-" + asOf, asOf, false, overdue);
	}

	private List<Ledger.Row> rows(List<String> ids, Map<String, Via> via, LocalDate asOf) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.client.query(this.queries.get("ledger/rows"))
			.bindAll(CypherParams.of("ids", ids))
			.fetchAs(Ledger.Row.class)
			.mappedBy((ts, r) -> row(r, via, asOf))
			.all()
			.stream()
			.toList();
	}

	private Ledger.Row row(Record r, Map<String, Via> vias, LocalDate asOf) {
		Task task = GraphValues.task(r.get("task"));
		Via via = vias.get(task.id());
		DeadlineState state = this.progress.stateOn(ProgressRule.Facts.of(task), asOf);
		return new Ledger.Row(task, r.get("planId").asString(), r.get("planTitle").asString(),
				r.get("document").asString(),
				r.get("units").asList((u) -> new Ledger.Unit(u.get("role").asString(), GraphValues.str(u, "asWritten"),
						u.get("name").asString(), u.get("line").asInt(0))),
				r.get("deadlines").asList(Value::asString), (via != null) ? via.agency() : null,
				via != null && via.inherited(), state);
	}

	private Optional<Record> one(String name, Map<String, Object> params) {
		return this.client.query(this.queries.get("ledger/" + name))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.one();
	}

	private record Via(String agency, boolean inherited) {
	}

}
