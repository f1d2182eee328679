package org.dutygraph.policy;

import java.util.List;
import java.util.Map;

import org.dutygraph.graph.CypherParams;
import org.dutygraph.graph.ApiLimits;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.model.Agency;
import org.dutygraph.model.Connection;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.MonitoringSection;
import org.dutygraph.model.Page;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Places and things: townships (with what falls to them through collectives), monitoring sections and
 * key projects.
 */
@Controller
class TownshipController {

	private final PolicyQueries queries;

	private final ApiLimits limits;

	TownshipController(PolicyQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	/** A task of a township, direct or inherited through a collective. */
	record TownshipTaskEdge(String cursor, Task node, boolean inherited, Agency via, String role) {
	}

	/** Counts of a township. */
	record TownshipSummary(int direct, int inherited) {
	}

	@QueryMapping
	Township township(@Argument String name, @Argument String county) {
		List<Township> found = townshipList(name.strip(), county);
		if (found.size() > 1) {
			throw new InvalidInputException("'" + name + "' names townships in "
					+ String.join(", ", found.stream().map(Township::county).toList()) + "; pass county");
		}
		return found.isEmpty() ? null : found.get(0);
	}

	@QueryMapping
	List<Township> townships(@Argument String county) {
		return townshipList(null, county);
	}

	private List<Township> townshipList(String name, String county) {
		return this.queries.records("policy/townships", CypherParams.of("name", name, "county", county))
			.stream()
			.map((r) -> GraphValues.township(r.get("node")))
			.toList();
	}

	@SchemaMapping(typeName = "Township")
	Connection<TownshipTaskEdge> tasks(Township township, @Argument Integer first, @Argument String after,
			@Argument Boolean includeInherited) {
		int offset = Connection.offsetAfter(after);
		Record row = this.queries.single("policy/townshipTasks",
				CypherParams.of("townshipId", township.id(), "includeInherited", includeInherited == null
						|| includeInherited, "offset", offset, "limit", this.limits.first(first)));
		List<Value> rows = row.get("page").asList((v) -> v);
		Page<Value> page = new Page<>(rows, offset, row.get("total").asInt());
		return Connection.of(page, (cursor, v) -> new TownshipTaskEdge(cursor, GraphValues.task(v.get("task")),
				v.get("via").get("inherited").asBoolean(), GraphValues.agency(v.get("via").get("agency")),
				v.get("via").get("role").asString()));
	}

	@BatchMapping(typeName = "Township")
	Map<Township, TownshipSummary> summary(List<Township> townships) {
		Map<String, TownshipSummary> found = new java.util.HashMap<>();
		this.queries
			.records("policy/townshipSummary", CypherParams.of("ids", TaskController.ids(townships, Township::id)))
			.forEach((r) -> found.put(r.get("owner").asString(),
					new TownshipSummary(r.get("direct").asInt(), r.get("inherited").asInt())));
		return TaskController.map(townships, (t) -> found.getOrDefault(t.id(), new TownshipSummary(0, 0)));
	}

	@QueryMapping
	List<MonitoringSection> monitoringSections() {
		return this.queries.records("policy/monitoringSections", Map.of())
			.stream()
			.map((r) -> GraphValues.section(r.get("node")))
			.toList();
	}

	@QueryMapping
	List<KeyProject> keyProjects() {
		return this.queries.records("policy/keyProjects", Map.of())
			.stream()
			.map((r) -> GraphValues.project(r.get("node")))
			.toList();
	}

}
