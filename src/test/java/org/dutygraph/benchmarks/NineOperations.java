package org.dutygraph.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dutygraph.benchmarks.Operation.Answer;
import org.dutygraph.benchmarks.Operation.Cypher;
import org.dutygraph.benchmarks.Operation.GraphQl;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;

/**
 * The nine questions of the read-path benchmark, each asked of our API, in hand-written Cypher and (where
 * it can be expressed) of {@code @neo4j/graphql}. The unit and the task asked about are from the seed
 * documents, which every generated graph keeps as its copy 0.
 */
final class NineOperations {

	/** 沁水县住建局 (沁水县 2022 air plan, lead of 20 tasks). */
	static final String UNIT = "沁水县住房和城乡建设局";

	/** 沁水县 2022 air plan, task 三(一)2: three tasks depend on it. */
	static final String TASK = "001_bc15039033e882c0:AIR:三/(一)/2";

	static final String SEARCH = "尉迟";

	private NineOperations() {
	}

	static List<Operation> all() {
		return List.of(page(20), page(200), unitLeads(), taskById(), portfolio(), chain(), delayImpact(),
				neighbourhood(), search(), floor());
	}

	/**
	 * Not one of the nine: the cost of a request that reads nothing ({@code __typename}; {@code RETURN 1}), the
	 * floor each way pays before its first database hit.
	 */
	static Operation floor() {
		GraphQl graphql = new GraphQl("query { __typename }", Map.of(),
				(data) -> Answer.of().list("typename", List.of(data.get("__typename").asString())));
		Cypher cypher = new Cypher("RETURN 'Query' AS typename", Map.of(),
				(records) -> Answer.of().list("typename", List.of(records.get(0).get("typename").asString())));
		return new Operation(FLOOR, "(floor, not one of the nine) a request that reads nothing", graphql, cypher,
				graphql);
	}

	static final String FLOOR = "floor";

	// ---- page of tasks with responsibilities and deadlines ----

	static Operation page(int size) {
		GraphQl ours = new GraphQl("""
				query($first: Int!) { tasks(first: $first) { totalCount edges { node {
				  id responsibilities { role agency { name } } deadlines { date } } } } }""", Map.of("first", size),
				(data) -> {
					JsonNode c = data.get("tasks");
					List<String> tasks = new ArrayList<>();
					for (JsonNode e : c.get("edges")) {
						JsonNode t = e.get("node");
						List<String> units = new ArrayList<>();
						t.get("responsibilities")
							.forEach((r) -> units.add(r.get("role").asString() + ":" + r.get("agency").get("name").asString()));
						tasks.add(taskLine(t.get("id").asString(), units, dates(t.get("deadlines"))));
					}
					return Answer.of().list("total", List.of(c.get("totalCount").asString())).list("tasks", tasks);
				});
		Cypher cypher = new Cypher("""
				CALL () { MATCH (t:Task) RETURN count(t) AS total }
				CALL () {
				  MATCH (t:Task) WHERE t.sortKey IS NOT NULL WITH t ORDER BY t.sortKey LIMIT $first
				  RETURN collect({id: t.id,
				    units: COLLECT { MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t) RETURN r.role + ':' + a.name },
				    dates: COLLECT { MATCH (t)-[:HAS_DEADLINE]->(d:Deadline) RETURN toString(d.date) }}) AS tasks
				}
				RETURN total, tasks""", Map.of("first", size), (records) -> {
			Record r = records.get(0);
			List<String> tasks = new ArrayList<>();
			for (Value t : r.get("tasks").values()) {
				tasks.add(taskLine(t.get("id").asString(), t.get("units").asList(Value::asString),
						t.get("dates").asList((v) -> v.isNull() ? "-" : v.asString())));
			}
			return Answer.of().list("total", List.of(String.valueOf(r.get("total").asLong()))).list("tasks", tasks);
		});
		GraphQl library = new GraphQl("""
				query($first: Int!) { tasksConnection(first: $first, sort: [{sortKey: ASC}]) { totalCount edges { node {
				  id responsibilitiesConnection { edges { properties { role } node { name } } } deadlines { date } } } } }""",
				Map.of("first", size), (data) -> {
					JsonNode c = data.get("tasksConnection");
					List<String> tasks = new ArrayList<>();
					for (JsonNode e : c.get("edges")) {
						JsonNode t = e.get("node");
						List<String> units = new ArrayList<>();
						t.get("responsibilitiesConnection")
							.get("edges")
							.forEach((r) -> units.add(r.get("properties").get("role").asString() + ":"
									+ r.get("node").get("name").asString()));
						tasks.add(taskLine(t.get("id").asString(), units, dates(t.get("deadlines"))));
					}
					return Answer.of().list("total", List.of(c.get("totalCount").asString())).list("tasks", tasks);
				});
		return new Operation("page" + size,
				(size == 20) ? "page of 20 tasks with responsibilities and deadlines" : "page of " + size + " tasks",
				ours, cypher, library);
	}

	// ---- tasks one unit leads ----

	static Operation unitLeads() {
		GraphQl ours = new GraphQl("""
				query($unit: String!) { tasks(where: {agency: $unit, role: LEAD}, first: 50) { totalCount
				  edges { node { id title deadlines { date } } } } }""", Map.of("unit", UNIT), (data) -> {
			JsonNode c = data.get("tasks");
			List<String> tasks = new ArrayList<>();
			c.get("edges").forEach((e) -> tasks.add(taskLine(e.get("node").get("id").asString(), List.of(),
					dates(e.get("node").get("deadlines")))));
			return Answer.of().list("total", List.of(c.get("totalCount").asString())).list("tasks", tasks);
		});
		Cypher cypher = new Cypher("""
				MATCH (a:Agency {name: $unit})-[:RESPONSIBLE_FOR {role: 'LEAD'}]->(t:Task)
				WITH DISTINCT t ORDER BY t.sortKey
				WITH collect(t) AS found
				RETURN size(found) AS total, [t IN found[0..50] | {id: t.id, title: t.title,
				  dates: COLLECT { MATCH (t)-[:HAS_DEADLINE]->(d:Deadline) RETURN toString(d.date) }}] AS tasks""",
				Map.of("unit", UNIT), (records) -> {
					Record r = records.get(0);
					List<String> tasks = new ArrayList<>();
					for (Value t : r.get("tasks").values()) {
						tasks.add(taskLine(t.get("id").asString(), List.of(),
								t.get("dates").asList((v) -> v.isNull() ? "-" : v.asString())));
					}
					return Answer.of()
						.list("total", List.of(String.valueOf(r.get("total").asLong())))
						.list("tasks", tasks);
				});
		GraphQl library = new GraphQl("""
				query($unit: String!) { tasksConnection(first: 50, sort: [{sortKey: ASC}],
				  where: {responsibilitiesConnection: {some: {edge: {role: {eq: "LEAD"}}, node: {name: {eq: $unit}}}}}) {
				  totalCount edges { node { id title deadlines { date } } } } }""", Map.of("unit", UNIT), (data) -> {
			JsonNode c = data.get("tasksConnection");
			List<String> tasks = new ArrayList<>();
			c.get("edges").forEach((e) -> tasks.add(taskLine(e.get("node").get("id").asString(), List.of(),
					dates(e.get("node").get("deadlines")))));
			return Answer.of().list("total", List.of(c.get("totalCount").asString())).list("tasks", tasks);
		});
		return new Operation("unitLeads", "tasks one unit leads (" + UNIT + ")", ours, cypher, library);
	}

	// ---- task by id ----

	static Operation taskById() {
		GraphQl ours = new GraphQl("""
				query($id: ID!) { task(id: $id) { id kind title text
				  responsibilities { role asWritten agency { name } } deadlines { raw kind date } } }""",
				Map.of("id", TASK), (data) -> {
					JsonNode t = data.get("task");
					List<String> units = new ArrayList<>();
					t.get("responsibilities")
						.forEach((r) -> units.add(r.get("role").asString() + "|" + r.get("asWritten").asString() + "|"
								+ r.get("agency").get("name").asString()));
					return taskAnswer(t, units);
				});
		Cypher cypher = new Cypher("""
				MATCH (t:Task {id: $id})
				RETURN t {.id, .kind, .title, .text,
				  units: COLLECT { MATCH (a:Agency)-[r:RESPONSIBLE_FOR]->(t) RETURN r.role + '|' + r.asWritten + '|' + a.name },
				  deadlines: COLLECT { MATCH (t)-[:HAS_DEADLINE]->(d:Deadline)
				                       RETURN d.raw + '|' + d.kind + '|' + coalesce(toString(d.date), '-') }} AS task""",
				Map.of("id", TASK), (records) -> {
					Value t = records.get(0).get("task");
					return Answer.of()
						.list("task", List.of(t.get("id").asString() + "|" + t.get("kind").asString() + "|"
								+ str(t.get("title")) + "|" + t.get("text").asString()))
						.set("units", t.get("units").asList(Value::asString))
						.set("deadlines", t.get("deadlines").asList(Value::asString));
				});
		GraphQl library = new GraphQl("""
				query($id: ID!) { tasks(where: {id: {eq: $id}}) { id kind title text
				  responsibilitiesConnection { edges { properties { role asWritten } node { name } } }
				  deadlines { raw kind date } } }""", Map.of("id", TASK), (data) -> {
			JsonNode t = data.get("tasks").get(0);
			List<String> units = new ArrayList<>();
			t.get("responsibilitiesConnection")
				.get("edges")
				.forEach((r) -> units.add(r.get("properties").get("role").asString() + "|"
						+ r.get("properties").get("asWritten").asString() + "|" + r.get("node").get("name").asString()));
			return taskAnswer(t, units);
		});
		return new Operation("taskById", "task by id", ours, cypher, library);
	}

	private static Answer taskAnswer(JsonNode t, List<String> units) {
		List<String> deadlines = new ArrayList<>();
		t.get("deadlines")
			.forEach((d) -> deadlines.add(d.get("raw").asString() + "|" + d.get("kind").asString() + "|"
					+ (d.get("date").isNull() ? "-" : d.get("date").asString())));
		return Answer.of()
			.list("task", List.of(t.get("id").asString() + "|" + t.get("kind").asString() + "|"
					+ (t.get("title").isNull() ? "-" : t.get("title").asString()) + "|" + t.get("text").asString()))
			.set("units", units)
			.set("deadlines", deadlines);
	}

	// ---- agency portfolio counts ----

	static Operation portfolio() {
		GraphQl ours = new GraphQl("""
				query($unit: String!) { agency(name: $unit) { id portfolio { total
				  byRole { key count } byPlan { key count } byDueMonth { key count } } } }""", Map.of("unit", UNIT),
				(data) -> {
					JsonNode p = data.get("agency").get("portfolio");
					return Answer.of()
						.list("total", List.of(p.get("total").asString()))
						.set("byRole", counts(p.get("byRole")))
						.set("byPlan", counts(p.get("byPlan")))
						.set("byDueMonth", counts(p.get("byDueMonth")));
				});
		Cypher cypher = new Cypher("""
				MATCH (:Agency {name: $unit})-[r:RESPONSIBLE_FOR]->(t:Task)
				WITH t, collect(r.role) AS roles
				WITH t, CASE WHEN 'LEAD' IN roles THEN 'LEAD' WHEN 'SUPPORT' IN roles THEN 'SUPPORT' ELSE 'TERRITORIAL' END AS role,
				     CASE WHEN t.dueDate IS NULL THEN 'NONE' ELSE substring(toString(t.dueDate), 0, 7) END AS month
				WITH collect({role: role, plan: t.planId, month: month}) AS rows
				RETURN size(rows) AS total,
				  COLLECT { UNWIND rows AS x WITH x.role AS k, count(*) AS n RETURN k + '=' + n } AS byRole,
				  COLLECT { UNWIND rows AS x WITH x.plan AS k, count(*) AS n RETURN k + '=' + n } AS byPlan,
				  COLLECT { UNWIND rows AS x WITH x.month AS k, count(*) AS n RETURN k + '=' + n } AS byDueMonth""",
				Map.of("unit", UNIT), (records) -> {
					Record r = records.get(0);
					return Answer.of()
						.list("total", List.of(String.valueOf(r.get("total").asLong())))
						.set("byRole", r.get("byRole").asList(Value::asString))
						.set("byPlan", r.get("byPlan").asList(Value::asString))
						.set("byDueMonth", r.get("byDueMonth").asList(Value::asString));
				});
		GraphQl library = new GraphQl("""
				query($unit: String!) { agencies(where: {name: {eq: $unit}}) { id
				  total: tasksConnection { aggregate { count { nodes } } }
				  lead: tasksConnection(where: {edge: {role: {eq: "LEAD"}}}) { aggregate { count { nodes } } }
				  support: tasksConnection(where: {edge: {role: {eq: "SUPPORT"}}}) { aggregate { count { nodes } } }
				  territorial: tasksConnection(where: {edge: {role: {eq: "TERRITORIAL"}}}) { aggregate { count { nodes } } } } }""",
				Map.of("unit", UNIT), (data) -> {
					JsonNode a = data.get("agencies").get(0);
					List<String> byRole = new ArrayList<>();
					for (String role : List.of("lead", "support", "territorial")) {
						long n = a.get(role).get("aggregate").get("count").get("nodes").asLong();
						if (n > 0) {
							byRole.add(role.toUpperCase(java.util.Locale.ROOT) + "=" + n);
						}
					}
					return Answer.of()
						.list("total", List.of(a.get("total").get("aggregate").get("count").get("nodes").asString()))
						.set("byRole", byRole);
				});
		return new Operation("portfolio", "agency portfolio counts", ours, cypher, library);
	}

	private static List<String> counts(JsonNode list) {
		List<String> out = new ArrayList<>();
		list.forEach((c) -> out.add(c.get("key").asString() + "=" + c.get("count").asString()));
		return out;
	}

	// ---- accountability chain ----

	static Operation chain() {
		GraphQl ours = new GraphQl("""
				query($id: ID!) { accountabilityChain(taskId: $id) { from { id } to { id } relation } }""",
				Map.of("id", TASK), (data) -> {
					List<String> links = new ArrayList<>();
					data.get("accountabilityChain")
						.forEach((l) -> links.add(l.get("from").get("id").asString() + ">"
								+ l.get("to").get("id").asString() + ":" + l.get("relation").asString()));
					return Answer.of().set("links", links);
				});
		Cypher cypher = new Cypher("""
				MATCH (t:Task {id: $id})<-[:HAS_TASK]-(p:Plan)<-[:CONTAINS]-(d:Document)
				WITH t, p, d, COLLECT { MATCH (d)-[:ISSUED_BY]->(i:Agency) RETURN i } AS issuers,
				     COLLECT { MATCH (a:Agency)-[:RESPONSIBLE_FOR]->(t) RETURN DISTINCT a } AS units
				RETURN [t.id + '>' + p.id + ':IN_PLAN', p.id + '>' + d.id + ':IN_DOCUMENT']
				  + [i IN issuers | d.id + '>' + i.id + ':ISSUED_BY']
				  + [u IN units | t.id + '>' + u.id + ':RESPONSIBLE_FOR']
				  + COLLECT { UNWIND issuers + units AS u
				              MATCH (u)-[:PART_OF*0..4]->(a:Agency)-[:PART_OF]->(b:Agency)
				              RETURN DISTINCT a.id + '>' + b.id + ':PART_OF' } AS links""", Map.of("id", TASK),
				(records) -> Answer.of().set("links", records.get(0).get("links").asList(Value::asString)));
		return new Operation("chain", "accountability chain", ours, cypher, null);
	}

	// ---- delayImpact, 30 days ----

	static Operation delayImpact() {
		GraphQl ours = new GraphQl("""
				query($id: ID!) { delayImpact(taskId: $id, delayDays: 30) {
				  affectedTasks { task { id } } agenciesToNotify { id } } }""", Map.of("id", TASK), (data) -> {
			JsonNode d = data.get("delayImpact");
			List<String> affected = new ArrayList<>();
			d.get("affectedTasks").forEach((a) -> affected.add(a.get("task").get("id").asString()));
			List<String> agencies = new ArrayList<>();
			d.get("agenciesToNotify").forEach((a) -> agencies.add(a.get("id").asString()));
			return Answer.of().set("affected", affected).set("agencies", agencies);
		});
		// Downstream of the task: what depends on it, and the body task a ledger row details.
		Cypher cypher = new Cypher("""
				MATCH (t:Task {id: $id})
				CALL (t) {
				  OPTIONAL MATCH (t) ((a)-[r:DEPENDS_ON|DETAILS]-(b)
				    WHERE (r:DEPENDS_ON AND startNode(r) = b) OR (r:DETAILS AND startNode(r) = a))+ (x:Task)
				  WHERE x <> t
				  RETURN collect(DISTINCT x) AS affected
				}
				RETURN [x IN affected | x.id] AS affected,
				  COLLECT { UNWIND [t] + affected AS y MATCH (g:Agency)-[:RESPONSIBLE_FOR]->(y)
				            RETURN DISTINCT g.id } AS agencies""",
				Map.of("id", TASK), (records) -> Answer.of()
					.set("affected", records.get(0).get("affected").asList(Value::asString))
					.set("agencies", records.get(0).get("agencies").asList(Value::asString)));
		return new Operation("delayImpact", "delayImpact, 30 days", ours, cypher, null);
	}

	// ---- neighbourhood, depth 2 ----

	static Operation neighbourhood() {
		GraphQl ours = new GraphQl("""
				query($id: ID!) { neighbourhood(id: $id, depth: 2) { nodes { id } edges { source target type } } }""",
				Map.of("id", TASK), (data) -> {
					JsonNode g = data.get("neighbourhood");
					List<String> nodes = new ArrayList<>();
					g.get("nodes").forEach((n) -> nodes.add(n.get("id").asString()));
					List<String> edges = new ArrayList<>();
					g.get("edges")
						.forEach((e) -> edges.add(e.get("source").asString() + ">" + e.get("target").asString() + ":"
								+ e.get("type").asString()));
					return Answer.of().set("nodes", nodes).set("edges", edges);
				});
		// The 200 nodes nearest the task (distance, then id), then every edge among them.
		Cypher cypher = new Cypher("""
				MATCH (s:Entity {id: $id})
				CALL (s) {
				  MATCH (s)--(n:Entity) RETURN n, 1 AS d
				  UNION ALL
				  MATCH (s)-[r1]-(:Entity)-[r2]-(n:Entity) WHERE r1 <> r2 RETURN n, 2 AS d
				}
				WITH s, n, min(d) AS d ORDER BY d, n.id LIMIT 199
				WITH s, collect(n) AS found
				WITH [s] + found AS kept
				RETURN [n IN kept | n.id] AS nodes,
				  COLLECT { UNWIND kept AS a MATCH (a)-[r]->(b:Entity) WHERE b IN kept
				            RETURN DISTINCT a.id + '>' + b.id + ':' + type(r) } AS edges""", Map.of("id", TASK),
				(records) -> Answer.of()
					.set("nodes", records.get(0).get("nodes").asList(Value::asString))
					.set("edges", records.get(0).get("edges").asList(Value::asString)));
		return new Operation("neighbourhood", "neighbourhood, depth 2", ours, cypher, null);
	}

	// ---- search ----

	static Operation search() {
		GraphQl ours = new GraphQl("""
				query($text: String!) { search(text: $text, first: 20) { id } }""", Map.of("text", SEARCH), (data) -> {
			List<String> ids = new ArrayList<>();
			data.get("search").forEach((h) -> ids.add(h.get("id").asString()));
			return Answer.of().set("ids", ids);
		});
		Cypher cypher = new Cypher("""
				CALL db.index.fulltext.queryNodes('search_text', $query, {limit: 20}) YIELD node
				RETURN collect(node.id) AS ids""", Map.of("query", "\"" + SEARCH + "\""),
				(records) -> Answer.of().set("ids", records.get(0).get("ids").asList(Value::asString)));
		return new Operation("search", "search " + SEARCH, ours, cypher, null);
	}

	// ---- helpers ----

	private static String taskLine(String id, List<String> units, List<String> dates) {
		List<String> sortedUnits = new ArrayList<>(units);
		sortedUnits.sort(null);
		List<String> sortedDates = new ArrayList<>(dates);
		sortedDates.sort(null);
		return id + " " + sortedUnits + " " + sortedDates;
	}

	private static List<String> dates(JsonNode deadlines) {
		List<String> out = new ArrayList<>();
		deadlines.forEach((d) -> out.add(d.get("date").isNull() ? "-" : d.get("date").asString()));
		return out;
	}

	private static String str(Value v) {
		return v.isNull() ? "-" : v.asString();
	}

}
