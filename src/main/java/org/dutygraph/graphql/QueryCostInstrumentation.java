package org.dutygraph.graphql;

import java.util.List;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses a query whose {@link QueryCost} is over the budget of one request before any data is
 * fetched, with one {@code BAD_REQUEST} error that names the cost, the budget and the property that
 * sets it.
 */
final class QueryCostInstrumentation extends SimplePerformantInstrumentation {

	private final QueryCost cost;

	private final int budget;

	QueryCostInstrumentation(QueryCost cost, int budget) {
		this.cost = cost;
		this.budget = budget;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		long counted = this.cost.of(parameters.getExecutionContext().getNormalizedQueryTree().get());
		if (counted > this.budget) {
			String message = "maximum query cost exceeded: this query counts " + counted
					+ ", the budget of one request is " + this.budget
					+ " (dutygraph.api.max-query-cost); ask for fewer aliases, smaller pages (first) or a smaller neighbourhood";
			throw new AbortExecutionException(
					List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
		}
		return super.beginExecuteOperation(parameters, state);
	}

}
