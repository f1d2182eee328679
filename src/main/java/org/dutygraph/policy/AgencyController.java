package org.dutygraph.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.graph.GraphValues;
import org.dutygraph.impact.DeadlineStates;
import org.dutygraph.model.Agency;
import org.dutygraph.model.Connection;
import org.dutygraph.model.CountByKey;
import org.dutygraph.model.InvalidInputException;
import org.dutygraph.model.KeyProject;
import org.dutygraph.model.Task;
import org.dutygraph.model.Township;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Agencies: lookup by any name, their hierarchy, the tasks they own, and their portfolio counts. */
@Controller
class AgencyController {

	static final int DUE_SOON_DAYS = DeadlineStates.DUE_SOON_DAYS;

	private final PolicyQueries queries;

	private final ApiLimits limits;

	private final Clock clock;

	AgencyController(PolicyQueries queries, ApiLimits limits, Clock clock) {
		this.queries = queries;
		this.limits = limits;
		this.clock = clock;
	}

	/** An agency's counts, computed in one Cypher statement. */
	record Portfolio(int total, List<CountByKey> byRole, List<CountByKey> byPlan, List<CountByKey> byDueMonth,
			List<CountByKey> byDeadlineState) {
	}

	/**
	 * The agency a name means. A canonical name wins over an alias; when the name still means units of
	 * several jurisdictions the client must say which.
	 */
	@QueryMapping
	Agency agency(@Argument String name, @Argument String jurisdiction) {
		List<Agency> found = this.queries.agenciesNamed(name.strip(), jurisdiction);
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
		return Connection.of(this.queries.agencies(w.nameContains(), w.jurisdiction(), w.collective(), w.role(),
				Connection.offsetAfter(after), this.limits.first(first)));
	}

	@BatchMapping(typeName = "Agency")
	Map<Agency, Agency> parent(List<Agency> agencies) {
		List<String> parentIds = agencies.stream().map(Agency::parentId).filter((id) -> id != null).distinct().toList();
		Map<String, Agency> parents = this.queries.oneByOwner("policy/agenciesByIds", parentIds, GraphValues::agency);
		return TaskController.map(agencies, (a) -> (a.parentId() != null) ? parents.get(a.parentId()) : null);
	}

	@BatchMapping(typeName = "Agency")
	Map<Agency, List<Township>> covers(List<Agency> agencies) {
		Map<String, List<Township>> found = this.queries.byOwner("policy/coversByAgencyIds",
				TaskController.ids(agencies, Agency::id), GraphValues::township);
		return TaskController.map(agencies, (a) -> found.getOrDefault(a.id(), List.of()));
	}

	@SchemaMapping(typeName = "Agency")
	Connection<Connection.Edge<Task>> tasks(Agency agency, @Argument String role, @Argument LocalDate dueBefore,
			@Argument LocalDate dueAfter, @Argument String planId, @Argument Integer first, @Argument String after,
			@Argument String orderBy) {
		TaskFilter filter = new TaskFilter(null, planId, null, agency.id(), role, null, dueBefore, dueAfter, null,
				null);
		return Connection.of(this.queries.tasks(filter, TaskController.order(orderBy), Connection.offsetAfter(after),
				this.limits.first(first)));
	}

	@SchemaMapping(typeName = "Agency")
	Portfolio portfolio(Agency agency) {
		Map<String, List<CountByKey>> counts = this.queries.portfolio(agency.id(), LocalDate.now(this.clock),
				DUE_SOON_DAYS);
		List<CountByKey> byRole = counts.getOrDefault("role", List.of());
		return new Portfolio(byRole.stream().mapToInt(CountByKey::count).sum(), byRole,
				counts.getOrDefault("plan", List.of()), counts.getOrDefault("month", List.of()),
				counts.getOrDefault("state", List.of()));
	}

	@BatchMapping(typeName = "KeyProject")
	Map<KeyProject, List<Agency>> lead(List<KeyProject> projects) {
		Map<String, List<Agency>> found = this.queries.byOwner("policy/keyProjectLeads",
				TaskController.ids(projects, KeyProject::id), GraphValues::agency);
		return TaskController.map(projects, (p) -> found.getOrDefault(p.id(), List.of()));
	}

}
