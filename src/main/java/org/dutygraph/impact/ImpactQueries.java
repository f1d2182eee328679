package org.dutygraph.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.NotFoundException;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statements of {@code cypher/queries/impact/}: loads what the delay analysis needs (the task, the
 * tasks and key projects it reaches and the edges among them, one traversal from the task), runs the pure
 * {@link DelayImpactAnalyzer}, and gathers what the delayed and affected tasks concern (one statement).
 */
@Component
@Transactional(readOnly = true)
public class ImpactQueries {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final DelayImpactAnalyzer analyzer = new DelayImpactAnalyzer();

	public ImpactQueries(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	/** What a slip of {@code delayDays} of the task reaches, in one read transaction. */
	DelayImpact delayImpact(String taskId, int delayDays) {
		Snapshot snapshot = downstream(taskId);
		DelayImpactAnalyzer.Result result = this.analyzer.analyze(snapshot, taskId, delayDays);
		List<String> ids = new ArrayList<>();
		ids.add(taskId);
		result.affected().forEach((a) -> ids.add(a.taskId()));
		Concerns concerns = new Concerns();
		Map<String, Record> rows = new LinkedHashMap<>();
		concerns(ids).forEach((r) -> rows.put(r.get("id").asString(), r));
		rows.values().forEach(concerns::add);
		List<DelayImpact.ImpactedTaskView> affected = new ArrayList<>();
		for (DelayImpactAnalyzer.ImpactedTask a : result.affected()) {
			Record row = rows.get(a.taskId());
			if (row != null && !row.get("isProject").asBoolean()) {
				affected.add(new DelayImpact.ImpactedTaskView(GraphValues.task(row.get("node")), a.via(), a.plannedDate(),
						a.projectedDate(), a.missesDeadline()));
			}
		}
		return new DelayImpact(GraphValues.task(rows.get(taskId).get("node")), delayDays, result.projectedDate(),
				result.missesDeadline(), affected, concerns.sections(), concerns.townships(), concerns.enterprises(),
				concerns.projects(), concerns.agencies(), concerns.notifications(), result.cycles());
	}

	/** What the task waits for, in one read transaction. */
	List<Blocker> blockers(String taskId) {
		Snapshot snapshot = upstream(taskId);
		DelayImpactAnalyzer.Upstream upstream = this.analyzer.upstream(snapshot, taskId);
		List<String> ids = upstream.blockers().stream().map(DelayImpactAnalyzer.Blocker::taskId).toList();
		Map<String, Record> rows = new LinkedHashMap<>();
		concerns(ids).forEach((r) -> rows.put(r.get("id").asString(), r));
		List<Blocker> blockers = new ArrayList<>();
		for (DelayImpactAnalyzer.Blocker b : upstream.blockers()) {
			Value node = rows.get(b.taskId()).get("node");
			boolean project = rows.get(b.taskId()).get("isProject").asBoolean();
			String name = project ? GraphValues.str(node, "name") : displayName(node);
			blockers.add(new Blocker(b.taskId(), project ? "KeyProject" : "Task", name, b.via(), b.plannedDate()));
		}
		return blockers;
	}

	private static String displayName(Value task) {
		String title = GraphValues.opt(task, "title");
		String text = GraphValues.str(task, "text");
		return (title != null) ? title : text.substring(0, Math.min(40, text.length()));
	}

	/** The task and everything downstream of it, with the edges among them. */
	Snapshot downstream(String taskId) {
		return reachable("impact/downstream", taskId);
	}

	/** The task and everything upstream of it, with the edges among them. */
	Snapshot upstream(String taskId) {
		return reachable("impact/upstream", taskId);
	}

	/**
	 * The part of the graph one analysis needs: the task (or key project), what it reaches in one
	 * direction, and the edges among them, found by a traversal from the task.
	 * @throws NotFoundException when no task or key project has the id
	 */
	private Snapshot reachable(String statement, String taskId) {
		Record row = this.client.query(this.queries.get(statement))
			.bindAll(Map.of("taskId", taskId))
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.one()
			.orElseThrow(() -> new NotFoundException("No task with id '" + taskId + "'"));
		return snapshot(row);
	}

	/** A snapshot from a row of {@code nodes} ({@code id, dueDate, expectedDate}) and {@code edges}. */
	public static Snapshot snapshot(Record row) {
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
	List<Record> concerns(List<String> ids) {
		return this.client.query(this.queries.get("impact/concerns"))
			.bind(ids)
			.to("ids")
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.all()
			.stream()
			.toList();
	}

	private static LocalDate date(Value v, String key) {
		return v.get(key).isNull() ? null : v.get(key).asLocalDate();
	}

}
