package org.dutygraph.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Agency;
import org.dutygraph.model.CountByKey;
import org.dutygraph.model.Deadline;
import org.dutygraph.model.Document;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.MonitoringSection;
import org.dutygraph.model.Page;
import org.dutygraph.model.Plan;
import org.dutygraph.model.Responsibility;
import org.dutygraph.model.SourceRef;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;
import org.dutygraph.progress.ProgressRule;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the responsibility graph: one method per statement of {@code cypher/queries/policy/}, named
 * after its file, answering model records (the controllers never see a driver value). Parameters only,
 * each in a read transaction so that a cluster routes it to a secondary. Batch methods take many owner
 * ids and answer with one statement, keyed by owner id.
 */
@Component
@Transactional(readOnly = true)
public class PolicyQueries {

	private final Neo4jClient client;

	private final CypherQueries queries;

	private final Configuration cypherDsl;

	/**
	 * The rendered statement of {@link #tasksByIds} per projection: building and rendering it with
	 * Cypher-DSL was a seventh of what a request for one task cost the service outside Neo4j.
	 * Projections are subsets of the task's fields; the bound keeps odd selections from growing it.
	 */
	private final Cache<TaskProjection, String> tasksByIdsStatements = Caffeine.newBuilder().maximumSize(256).build();

	public PolicyQueries(Neo4jClient client, CypherQueries queries, Configuration cypherDsl) {
		this.client = client;
		this.queries = queries;
		this.cypherDsl = cypherDsl;
	}

	public List<Document> documents(Collection<String> ids) {
		return list("documents", CypherParams.of("ids", ids), (r) -> GraphValues.document(r.get("node")));
	}

	public List<Plan> plans(Collection<String> ids, Collection<String> documentIds) {
		return list("plans", CypherParams.of("ids", ids, "documentIds", documentIds),
				(r) -> GraphValues.plan(r.get("node")));
	}

	/**
	 * A page of the tasks that meet the filter, with the projected properties (see {@link TaskQuery});
	 * the responsibilities and deadlines the projection asks for go to the prefetch.
	 */
	public Page<Task> findTasks(TaskFilter f, String order, int offset, int limit, TaskProjection projection,
			TaskPrefetch prefetch) {
		TaskQuery.Built query = TaskQuery.build(f, order, offset, limit, projection, this.cypherDsl);
		Record row = this.client.query(query.cypher())
			.bindAll(query.parameters())
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.one()
			.orElseThrow();
		return new Page<>(row.get("page").asList((v) -> task(v, projection, prefetch)), offset,
				row.get("total").asInt());
	}

	public Page<Task> findTasks(TaskFilter f, String order, int offset, int limit, TaskProjection projection) {
		return findTasks(f, order, offset, limit, projection, TaskPrefetch.none());
	}

	private static Task task(Value v, TaskProjection projection, TaskPrefetch prefetch) {
		Task task = GraphValues.task(v);
		if (projection.responsibilities()) {
			List<Responsibility> found = new ArrayList<>(v.get("responsibilities")
				.asList((r) -> responsibility(task.id(), task.documentId(), r.get("rel"), r.get("agency"),
						r.get("parentId"))));
			found.sort(java.util.Comparator.comparingInt(Responsibility::order));
			prefetch.responsibilities.put(task.id(), List.copyOf(found));
		}
		if (projection.deadlines()) {
			List<Value> found = new ArrayList<>(v.get("deadlines").asList((d) -> d));
			found.sort(java.util.Comparator.comparingInt((d) -> d.get("order").asInt(0)));
			prefetch.deadlines.put(task.id(), found.stream().map(GraphValues::deadline).toList());
		}
		return task;
	}

	public Map<String, Task> tasksByIds(Collection<String> ids) {
		return tasksByIds(ids, TaskProjection.ALL, TaskPrefetch.none());
	}

	/** The tasks with the ids, each with only the projected properties; nested lists go to the prefetch. */
	public Map<String, Task> tasksByIds(Collection<String> ids, TaskProjection projection, TaskPrefetch prefetch) {
		String cypher = this.tasksByIdsStatements.get(projection, (p) -> TaskQuery.byIds(p, this.cypherDsl));
		Map<String, Task> tasks = new HashMap<>();
		this.client.query(cypher)
			.bindAll(Map.of("ids", ids))
			.fetchAs(Task.class)
			.mappedBy((ts, r) -> task(r.get("node"), projection, prefetch))
			.all()
			.forEach((t) -> tasks.put(t.id(), t));
		return tasks;
	}

	public Map<String, List<Responsibility>> responsibilitiesByTaskIds(Collection<String> ownerIds) {
		return grouped("responsibilitiesByTaskIds", CypherParams.of("ids", ownerIds),
				(r) -> responsibility(r.get("owner").asString(), r.get("ownerDocument").asString(""), r.get("rel"),
						r.get("agency"), r.get("parentId")));
	}

	private static Responsibility responsibility(String owner, String ownerDocument, Value rel, Value agencyValue,
			Value parentId) {
		String documentId = rel.get("documentId").isNull() ? ownerDocument : rel.get("documentId").asString();
		Agency a = GraphValues.agency(agencyValue);
		Agency agency = new Agency(a.id(), a.name(), a.aliases(), a.jurisdiction(), a.collective(), a.type(),
				parentId.isNull() ? null : parentId.asString());
		return new Responsibility(owner, GraphValues.str(rel, "role"), rel.get("order").asInt(0),
				rel.get("commaGroup").asInt(0), GraphValues.str(rel, "asWritten"), GraphValues.opt(rel, "qualifier"),
				rel.get("inferred").asBoolean(false), agency,
				new SourceRef(documentId, rel.get("line").asInt(0), GraphValues.str(rel, "excerpt")));
	}

	public Map<String, List<Deadline>> deadlinesByTaskIds(Collection<String> ownerIds) {
		return grouped("deadlinesByTaskIds", CypherParams.of("ids", ownerIds), (r) -> GraphValues.deadline(r.get("node")));
	}

	/** The nodes a relation reaches from each task, mapped to the relation's record type. */
	public <T> Map<String, List<T>> relatedByTaskIds(Collection<String> taskIds, Relation<T> relation) {
		return grouped("relatedByTaskIds", CypherParams.of("ids", taskIds, "type", relation.type(), "label",
				relation.label(), "direction", relation.direction()), (r) -> relation.map(r.get("node")));
	}

	public Page<Agency> findAgencies(String nameContains, String jurisdiction, Boolean collective, String role,
			int offset, int limit) {
		Record row = single("findAgencies", CypherParams.of("nameContains", nameContains, "jurisdiction", jurisdiction,
				"collective", collective, "role", role, "offset", offset, "limit", limit));
		return new Page<>(row.get("page").asList(GraphValues::agency), offset, row.get("total").asInt());
	}

	/** Agencies whose canonical name or alias is {@code name}, best match first. */
	public List<Agency> agencyByName(String name, String jurisdiction) {
		return list("agencyByName", CypherParams.of("name", name, "jurisdiction", jurisdiction),
				(r) -> GraphValues.agency(r.get("node")));
	}

	public Map<String, Agency> agenciesByIds(Collection<String> ids) {
		Map<String, Agency> found = new HashMap<>();
		grouped("agenciesByIds", CypherParams.of("ids", ids), (r) -> GraphValues.agency(r.get("node")))
			.forEach((owner, items) -> found.put(owner, items.get(0)));
		return found;
	}

	public Map<String, List<Township>> coversByAgencyIds(Collection<String> ids) {
		return grouped("coversByAgencyIds", CypherParams.of("ids", ids), (r) -> GraphValues.township(r.get("node")));
	}

	public Map<String, List<Agency>> keyProjectLeads(Collection<String> projectIds) {
		return grouped("keyProjectLeads", CypherParams.of("ids", projectIds), (r) -> GraphValues.agency(r.get("node")));
	}

	/** An agency's task counts by role, plan and due month. */
	public Map<String, List<CountByKey>> portfolio(String agencyId) {
		Map<String, List<CountByKey>> result = new LinkedHashMap<>();
		this.client.query(this.queries.get("policy/portfolio"))
			.bindAll(CypherParams.of("agencyId", agencyId))
			.fetch()
			.all()
			.forEach((row) -> result.put((String) row.get("dimension"), counts(row.get("counts"))));
		return result;
	}

	/** What the progress rule needs of each of an agency's tasks. */
	public List<ProgressRule.Facts> portfolioProgress(String agencyId) {
		return list("portfolioProgress", CypherParams.of("agencyId", agencyId),
				(r) -> GraphValues.progressFacts(r.get("task")));
	}

	/** A plan's counts; zeros for a plan the graph does not hold. */
	public PlanSummary planSummary(String planId) {
		List<PlanSummary> rows = list("planSummary", CypherParams.of("planId", planId),
				(r) -> new PlanSummary(counts(r.get("byKind").asObject()), counts(r.get("leads").asObject()),
						r.get("dated").asInt()));
		return rows.isEmpty() ? new PlanSummary(List.of(), List.of(), 0) : rows.get(0);
	}

	public List<MonitoringSection> monitoringSections() {
		return list("monitoringSections", Map.of(), (r) -> GraphValues.section(r.get("node")));
	}

	public List<KeyProject> keyProjects() {
		return list("keyProjects", Map.of(), (r) -> GraphValues.project(r.get("node")));
	}

	/** Townships by name and county, either may be null. */
	public List<Township> townships(String name, String county) {
		return list("townships", CypherParams.of("name", name, "county", county),
				(r) -> GraphValues.township(r.get("node")));
	}

	public Page<TownshipTask> townshipTasks(String townshipId, boolean includeInherited, int offset, int limit) {
		Record row = single("townshipTasks", CypherParams.of("townshipId", townshipId, "includeInherited",
				includeInherited, "offset", offset, "limit", limit));
		List<TownshipTask> tasks = row.get("page")
			.asList((v) -> new TownshipTask(GraphValues.task(v.get("task")), v.get("via").get("inherited").asBoolean(),
					GraphValues.agency(v.get("via").get("agency")), v.get("via").get("role").asString()));
		return new Page<>(tasks, offset, row.get("total").asInt());
	}

	public Map<String, TownshipSummary> townshipSummary(Collection<String> townshipIds) {
		Map<String, TownshipSummary> found = new HashMap<>();
		list("townshipSummary", CypherParams.of("ids", townshipIds), (r) -> r).forEach((r) -> found
			.put(r.get("owner").asString(), new TownshipSummary(r.get("direct").asInt(), r.get("inherited").asInt())));
		return found;
	}

	/** Full-text hits for a Lucene query, best first. */
	public List<SearchHit> search(String luceneQuery, String text, int limit) {
		return list("search", CypherParams.of("query", luceneQuery, "limit", limit), (r) -> SearchHits.hit(r, text));
	}

	/** Substring hits, for a query the bigram index cannot answer (one character). */
	public List<SearchHit> searchContains(String text, int limit) {
		return list("searchContains", CypherParams.of("text", text, "limit", limit), (r) -> SearchHits.hit(r, text));
	}

	/** The links of a task's accountability chain; null when no task has the id. */
	public List<AccountabilityLink> accountabilityChain(String taskId) {
		List<List<AccountabilityLink>> rows = list("accountabilityChain", CypherParams.of("taskId", taskId),
				(r) -> r.get("links").asList(PolicyQueries::link));
		return rows.isEmpty() ? null : rows.get(0);
	}

	private static AccountabilityLink link(Value v) {
		SourceRef source = v.get("documentId").isNull() ? null
				: new SourceRef(v.get("documentId").asString(), v.get("line").asInt(0), GraphValues.str(v, "excerpt"));
		return new AccountabilityLink(SearchHits.node(v.get("from")), SearchHits.node(v.get("to")),
				v.get("relation").asString(), GraphValues.opt(v, "role"), v.get("depth").asInt(0),
				GraphValues.opt(v, "basis"), source, GraphValues.opt(v, "reference"));
	}

	@SuppressWarnings("unchecked")
	private static List<CountByKey> counts(Object value) {
		List<CountByKey> counts = new ArrayList<>();
		for (Object item : (List<Object>) value) {
			Map<String, Object> map = (Map<String, Object>) item;
			counts.add(new CountByKey(String.valueOf(map.get("key")), ((Number) map.get("count")).intValue()));
		}
		return counts;
	}

	private Record single(String name, Map<String, Object> params) {
		return this.client.query(this.queries.get("policy/" + name))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.one()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private <T> List<T> list(String name, Map<String, Object> params, Function<Record, T> mapper) {
		return List.copyOf(this.client.query(this.queries.get("policy/" + name))
			.bindAll(params)
			.fetchAs(Object.class)
			.mappedBy((ts, r) -> mapper.apply(r))
			.all()
			.stream()
			.map((o) -> (T) o)
			.toList());
	}

	private <T> Map<String, List<T>> grouped(String name, Map<String, Object> params, Function<Record, T> mapper) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		this.client.query(this.queries.get("policy/" + name))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.all()
			.forEach((r) -> grouped.computeIfAbsent(r.get("owner").asString(), (k) -> new ArrayList<>())
				.add(mapper.apply(r)));
		return grouped;
	}

}
