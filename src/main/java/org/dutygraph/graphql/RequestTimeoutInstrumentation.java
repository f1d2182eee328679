package org.dutygraph.graphql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

import org.springframework.graphql.execution.ErrorType;

/**
 * Bounds the time one GraphQL request may run ({@code dutygraph.api.request-timeout}). Once the time
 * is up no further field is fetched: the execution is cancelled and the response carries one error
 * that says so, instead of the data. A single Cypher statement that is already running is bounded by
 * the transaction timeout ({@code dutygraph.neo4j.transaction-timeout}).
 */
final class RequestTimeoutInstrumentation extends SimplePerformantInstrumentation {

	private final Duration timeout;

	RequestTimeoutInstrumentation(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
		return CompletableFuture.completedFuture(new Deadline(System.nanoTime() + this.timeout.toNanos()));
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		if (parameters.isTrivialDataFetcher() || !(state instanceof Deadline deadline)) {
			return dataFetcher;
		}
		ExecutionInput input = parameters.getExecutionContext().getExecutionInput();
		return (env) -> {
			if (deadline.passed()) {
				deadline.expired = true;
				input.cancel();
				return null;
			}
			return dataFetcher.get(env);
		};
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (!(state instanceof Deadline deadline) || !deadline.expired) {
			return CompletableFuture.completedFuture(result);
		}
		GraphQLError error = GraphqlErrorBuilder.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message("The request ran longer than the limit of " + this.timeout.toMillis()
					+ " ms (dutygraph.api.request-timeout) and was stopped; ask for fewer fields or smaller pages")
			.build();
		return CompletableFuture.completedFuture(ExecutionResultImpl.newExecutionResult().errors(List.of(error)).build());
	}

	/** When the request's time is up. */
	private static final class Deadline implements InstrumentationState {

		private final long nanos;

		private volatile boolean expired;

		Deadline(long nanos) {
			this.nanos = nanos;
		}

		boolean passed() {
			return System.nanoTime() - this.nanos > 0;
		}

	}

}
