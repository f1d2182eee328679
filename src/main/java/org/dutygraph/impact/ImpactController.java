package org.dutygraph.impact;

import java.util.List;

import org.dutygraph.graph.ApiLimits;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * "What is affected if this slips?" and "what blocks this?", answered by {@link ImpactQueries}.
 */
@Controller
class ImpactController {

	private final ImpactQueries queries;

	private final ApiLimits limits;

	ImpactController(ImpactQueries queries, ApiLimits limits) {
		this.queries = queries;
		this.limits = limits;
	}

	@QueryMapping
	DelayImpact delayImpact(@Argument String taskId, @Argument int delayDays) {
		this.limits.delayDays(delayDays);
		return this.queries.delayImpact(this.limits.id(taskId), delayDays);
	}

	@QueryMapping
	List<Blocker> blockers(@Argument String taskId) {
		return this.queries.blockers(this.limits.id(taskId));
	}

}
