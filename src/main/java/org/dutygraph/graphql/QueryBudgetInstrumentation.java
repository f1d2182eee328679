package org.dutygraph.graphql;

import java.util.List;

import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;

import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses a query before any data is fetched when it counts more than a budget, with a
 * {@code BAD_REQUEST} error that names the count, the budget and the property that sets it: the
 * number of fields ({@link QueryCostInstrumentation} counts their cost).
 */
final class QueryBudgetInstrumentation extends MaxQueryComplexityInstrumentation {

	private final String what;

	private final String property;

	private final String advice;

	QueryBudgetInstrumentation(int budget, FieldComplexityCalculator calculator, String what, String property,
			String advice) {
		super(budget, calculator);
		this.what = what;
		this.property = property;
		this.advice = advice;
	}

	@Override
	protected AbortExecutionException mkAbortException(int count, int budget) {
		String message = "maximum query " + this.what + " exceeded: this query counts " + count
				+ ", the budget of one request is " + budget + " (" + this.property + "); " + this.advice;
		return new AbortExecutionException(
				List.of(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build()));
	}

}
