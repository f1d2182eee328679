package org.dutygraph.policy;

import java.util.List;

import org.dutygraph.graph.ApiLimits;
import org.dutygraph.model.NotFoundException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Accountability chains (问责链): from a task to every unit and government answerable for it. */
@Controller
class AccountabilityController {

	private final PolicyQueries queries;

	private final ApiLimits limits;

	AccountabilityController(PolicyQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	@QueryMapping
	List<AccountabilityLink> accountabilityChain(@Argument String taskId) {
		List<AccountabilityLink> links = this.queries.accountabilityChain(this.limits.id(taskId));
		if (links == null) {
			throw new NotFoundException("No task with id '" + taskId + "'");
		}
		return links;
	}

}
