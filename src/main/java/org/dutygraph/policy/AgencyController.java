package org.dutygraph.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.Agency;
import org.dutygraph.model.Connection;
import org.dutygraph.model.CountByKey;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;
import org.dutygraph.progress.ProgressRule;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Agencies: lookup by any name, their hierarchy, the tasks they own, and their portfolio counts. */
@Controller
class AgencyController {

	private final PolicyQueries queries;

	private final ApiLimits limits;

	private final ProgressRule progress;

	AgencyController(PolicyQueries queries, ApiLimits limits, ProgressRule progress) {
		this.queries = queries;
		this.limits = limits;
		this.progress = progress;
	}

	/** An agency's counts: by role, plan and month in Cypher, by deadline state from the progress rule. */
	record Portfolio(int total, List<CountByKey> byRole, List<CountByKey> byPlan, List<CountByKey> byDueMonth,
			List<CountByKey> byDeadlineState) {
	}

	/**
	 * The agency a name means. A canonical name wins over an alias; when the name still means units of
	 * several jurisdictions the client must say which.
	 */
	@QueryMapping
	Agency agency(@Argument String name, @Argument String jurisdiction) {
		List<Agency> found = this.queries.agencyByName(name.strip(), jurisdiction);
		if (found.isEmpty()) {
			return null;
		}
		List<Agency> exact = found.stream().filter((a) -> a.name().equals(name.strip())).toList();
		List<Agency> candidates = exact.isEmpty() ? found : exact;
		if (candidates.size() > 1) {
			throw new InvalidInputException("'" + name + "' names " + candidates.size() + " units ("
					+ String.join(", ", candidates.stream().map((a) -> a.name() + " in " + a.jurisdiction()).toList())
					+ "); pass jurisdiction");
		}
		return candidates.get(0);
	}

	@QueryMapping
	Connection<Connection.Edge<Agency>> agencies(@Argument AgencyWhere where, @Argument Integer first,
			@Argument String after) {
		AgencyWhere w = (where != null) ? where : new AgencyWhere(null, null, null, null);
		return Connection.of(this.queries.findAgencies(w.nameContains(), w.jurisdiction(), w.collective(), w.role(),
				Connection.offsetAfter(after), this.limits.first(first)));
	}

	@BatchMapping(typeName = "Agency")
	Map<Agency, Agency> parent(List<Agency> agencies) {
		List<String> parentIds = agencies.stream().map(Agency::parentId).filter((id) -> id != null).distinct().toList();
		Map<String, Agency> parents = this.queries.agenciesByIds(parentIds);
		return TaskController.map(agencies, (a) -> (a.parentId() != null) ? parents.get(a.parentId()) : null);
	}

	@BatchMapping(typeName = "Agency")
	Map<Agency, List<Township>> covers(List<Agency> agencies) {
		Map<String, List<Township>> found = this.queries.coversByAgencyIds(TaskController.ids(agencies, Agency::id));
		return TaskController.map(agencies, (a) -> found.getOrDefault(a.id(), List.of()));
	}

	@SchemaMapping(typeName = "Agency")
	Connection<Connection.Edge<Task>> tasks(Agency agency, @Argument String role, @Argument LocalDate dueBefore,
			@Argument LocalDate dueAfter, @Argument String planId, @Argument Integer first, @Argument String after,
			@Argument String orderBy, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		TaskFilter filter = new TaskFilter(null, planId, null, agency.id(), role, null, dueBefore, dueAfter, null,
				null);
		return Connection.of(this.queries.findTasks(filter, TaskController.order(orderBy), Connection.offsetAfter(after),
				this.limits.first(first), TaskProjection.of(selection, TaskController.CONNECTION_TASKS),
				TaskPrefetch.of(context)));
	}

	@SchemaMapping(typeName = "Agency")
	Portfolio portfolio(Agency agency) {
		Map<String, List<CountByKey>> counts = this.queries.portfolio(agency.id());
		List<CountByKey> byRole = counts.getOrDefault("role", List.of());
		return new Portfolio(byRole.stream().mapToInt(CountByKey::count).sum(), byRole,
				counts.getOrDefault("plan", List.of()), counts.getOrDefault("month", List.of()),
				this.progress.countByState(this.queries.portfolioProgress(agency.id())));
	}

}
