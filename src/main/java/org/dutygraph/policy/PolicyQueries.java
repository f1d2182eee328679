package org.dutygraph.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.CypherQueries;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Agency;
import org.dutygraph.model.CountByKey;
import org.dutygraph.model.Deadline;
import org.dutygraph.model.Document;
import org.dutygraph.model.Page;
import org.dutygraph.model.Plan;
import org.dutygraph.model.Responsibility;
import org.dutygraph.model.SourceRef;
import org.dutygraph.model.Task;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of the responsibility graph. Every statement lives in {@code cypher/queries/policy/}, takes
 * parameters only, and runs in a read transaction so that a cluster routes it to a secondary. Batch
 * methods take many owner ids and answer with one statement, keyed by owner id.
 */
@Component
@Transactional(readOnly = true)
public class PolicyQueries {

	private final Neo4jClient client;

	private final CypherQueries queries;

	public PolicyQueries(Neo4jClient client, CypherQueries queries) {
		this.client = client;
		this.queries = queries;
	}

	public List<Document> documents(Collection<String> ids) {
		return list("policy/documents", CypherParams.of("ids", ids), (r) -> GraphValues.document(r.get("node")));
	}

	public List<Plan> plans(Collection<String> ids, Collection<String> documentIds) {
		return list("policy/plans", CypherParams.of("ids", ids, "documentIds", documentIds),
				(r) -> GraphValues.plan(r.get("node")));
	}

	public Page<Task> tasks(TaskFilter f, String order, int offset, int limit) {
		Map<String, Object> p = CypherParams.of("text", f.text(), "planId", f.planId(), "agency", f.agency(), "agencyId",
				f.agencyId(), "role", f.role(), "jurisdiction", f.jurisdiction(), "dueBefore", f.dueBefore(),
				"dueAfter", f.dueAfter(), "kind", f.kind(), "township", f.township(), "order", order, "offset", offset,
				"limit", limit);
		Record row = single("policy/findTasks", p);
		return new Page<>(row.get("page").asList(GraphValues::task), offset, row.get("total").asInt());
	}

	public Map<String, Task> tasksByIds(Collection<String> ids) {
		Map<String, Task> tasks = new HashMap<>();
		list("policy/tasksByIds", CypherParams.of("ids", ids), (r) -> GraphValues.task(r.get("node")))
			.forEach((t) -> tasks.put(t.id(), t));
		return tasks;
	}

	public Map<String, List<Responsibility>> responsibilities(Collection<String> ownerIds) {
		return grouped("policy/responsibilitiesByTaskIds", CypherParams.of("ids", ownerIds), (r) -> {
			Value rel = r.get("rel");
			String documentId = rel.get("documentId").isNull() ? r.get("ownerDocument").asString("")
					: rel.get("documentId").asString();
			Agency a = GraphValues.agency(r.get("agency"));
			Agency agency = new Agency(a.id(), a.name(), a.aliases(), a.jurisdiction(), a.collective(), a.type(),
					r.get("parentId").isNull() ? null : r.get("parentId").asString());
			return new Responsibility(r.get("owner").asString(), GraphValues.str(rel, "role"),
					rel.get("order").asInt(0), rel.get("commaGroup").asInt(0), GraphValues.str(rel, "asWritten"),
					GraphValues.opt(rel, "qualifier"), rel.get("inferred").asBoolean(false), agency,
					new SourceRef(documentId, rel.get("line").asInt(0), GraphValues.str(rel, "excerpt")));
		});
	}

	public Map<String, List<Deadline>> deadlines(Collection<String> ownerIds) {
		return grouped("policy/deadlinesByTaskIds", CypherParams.of("ids", ownerIds), (r) -> GraphValues.deadline(r.get("node")));
	}

	/** Nodes of {@code label} linked to each task by {@code type}, in the given direction. */
	public <T> Map<String, List<T>> related(Collection<String> taskIds, Relation relation, Function<Value, T> mapper) {
		return grouped("policy/relatedByTaskIds", CypherParams.of("ids", taskIds, "type", relation.type(), "label",
				relation.label(), "direction", relation.direction()), (r) -> mapper.apply(r.get("node")));
	}

	public Page<Agency> agencies(String nameContains, String jurisdiction, Boolean collective, String role,
			int offset, int limit) {
		Record row = single("policy/findAgencies", CypherParams.of("nameContains", nameContains, "jurisdiction", jurisdiction,
				"collective", collective, "role", role, "offset", offset, "limit", limit));
		return new Page<>(row.get("page").asList(GraphValues::agency), offset, row.get("total").asInt());
	}

	/** Agencies whose canonical name or alias is {@code name}, best match first. */
	public List<Agency> agenciesNamed(String name, String jurisdiction) {
		return list("policy/agencyByName", CypherParams.of("name", name, "jurisdiction", jurisdiction),
				(r) -> GraphValues.agency(r.get("node")));
	}

	/** Single nodes keyed by owner id, from a statement returning {@code owner} and {@code node}. */
	public <T> Map<String, T> oneByOwner(String query, Collection<String> ids, Function<Value, T> mapper) {
		Map<String, T> found = new HashMap<>();
		grouped(query, CypherParams.of("ids", ids), (r) -> mapper.apply(r.get("node")))
			.forEach((owner, items) -> found.put(owner, items.get(0)));
		return found;
	}

	public <T> Map<String, List<T>> byOwner(String query, Collection<String> ids, Function<Value, T> mapper) {
		return grouped(query, CypherParams.of("ids", ids), (r) -> mapper.apply(r.get("node")));
	}

	/** Counts by dimension (role, plan, month, state), computed in one Cypher statement. */
	public Map<String, List<CountByKey>> portfolio(String agencyId, LocalDate today, int dueSoonDays) {
		Map<String, List<CountByKey>> result = new LinkedHashMap<>();
		this.client.query(this.queries.get("policy/portfolio"))
			.bindAll(CypherParams.of("agencyId", agencyId, "today", today, "dueSoonDays", dueSoonDays))
			.fetch()
			.all()
			.forEach((row) -> result.put((String) row.get("dimension"), counts(row.get("counts"))));
		return result;
	}

	public Record planSummary(String planId) {
		return this.client.query(this.queries.get("policy/planSummary"))
			.bind(planId)
			.to("planId")
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.one()
			.orElse(null);
	}

	public List<Record> records(String query, Map<String, Object> params) {
		return list(query, params, (r) -> r);
	}

	public Record single(String query, Map<String, Object> params) {
		return this.client.query(this.queries.get(query))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.one()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	static List<CountByKey> counts(Object value) {
		List<CountByKey> counts = new ArrayList<>();
		for (Object item : (List<Object>) value) {
			Map<String, Object> map = (Map<String, Object>) item;
			counts.add(new CountByKey(String.valueOf(map.get("key")), ((Number) map.get("count")).intValue()));
		}
		return counts;
	}

	private <T> List<T> list(String query, Map<String, Object> params, Function<Record, T> mapper) {
		return List.copyOf(this.client.query(this.queries.get(query))
			.bindAll(params)
			.fetchAs(Object.class)
			.mappedBy((ts, r) -> mapper.apply(r))
			.all()
			.stream()
			.map((o) -> (T) o)
			.toList());
	}

	private <T> Map<String, List<T>> grouped(String query, Map<String, Object> params, Function<Record, T> mapper) {
		Map<String, List<T>> grouped = new LinkedHashMap<>();
		this.client.query(this.queries.get(query))
			.bindAll(params)
			.fetchAs(Record.class)
			.mappedBy((ts, r) -> r)
			.all()
			.forEach((r) -> grouped.computeIfAbsent(r.get("owner").asString(), (k) -> new ArrayList<>())
				.add(mapper.apply(r)));
		return grouped;
	}


}
