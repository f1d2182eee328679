package org.dutygraph.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.CypherQueries;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads what the delay analysis needs: the snapshot of tasks, key projects and the edges between them
 * (one statement), and what a set of tasks concerns (one statement).
 */
@Component
@Transactional(readOnly = true)
public class ImpactQueries {

	private final Neo4jClient client;

	private final CypherQueries queries;

	public ImpactQueries(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	public Snapshot snapshot() {
		Record row = one("impact/snapshot", Map.of());
		Map<String, TaskNode> nodes = new LinkedHashMap<>();
		for (Value v : row.get("nodes").values()) {
			String id = v.get("id").asString();
			nodes.put(id, new TaskNode(id, date(v, "dueDate"), date(v, "expectedDate")));
		}
		List<Edge> edges = new ArrayList<>();
		for (Value v : row.get("edges").values()) {
			edges.add(new Edge(v.get("dependent").asString(), v.get("prerequisite").asString(), v.get("type").asString()));
		}
		return new Snapshot(nodes, edges);
	}

	/** One row per id: the node, and the sections, townships, enterprises, projects and units it concerns. */
	public List<Record> concerns(List<String> ids) {
		return this.client.query(this.queries.get("impact/impactConcerns"))
			.bind(ids)
			.to("ids")
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.all()
			.stream()
			.toList();
	}

	private Record one(String name, Map<String, Object> params) {
		return this.client.query(this.queries.get(name))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.one()
			.orElseThrow();
	}

	private static LocalDate date(Value v, String key) {
		return v.get(key).isNull() ? null : v.get(key).asLocalDate();
	}

}
