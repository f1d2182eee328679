package org.dutygraph.policy;

import java.util.List;
import java.util.Map;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.Agency;
import org.dutygraph.model.Connection;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.Page;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Townships (乡镇), with what falls to them through collectives. */
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
		return this.queries.townships(name, county);
	}

	@SchemaMapping(typeName = "Township")
	Connection<TownshipTaskEdge> tasks(Township township, @Argument Integer first, @Argument String after,
			@Argument Boolean includeInherited) {
		Page<TownshipTask> page = this.queries.townshipTasks(township.id(),
				includeInherited == null || includeInherited, Connection.offsetAfter(after), this.limits.first(first));
		return Connection.of(page,
				(cursor, t) -> new TownshipTaskEdge(cursor, t.task(), t.inherited(), t.via(), t.role()));
	}

	@BatchMapping(typeName = "Township")
	Map<Township, TownshipSummary> summary(List<Township> townships) {
		Map<String, TownshipSummary> found = this.queries.townshipSummary(TaskController.ids(townships, Township::id));
		return TaskController.map(townships, (t) -> found.getOrDefault(t.id(), new TownshipSummary(0, 0)));
	}

}
