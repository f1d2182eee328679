package org.dutygraph.graphql;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request timeout on graphql-java's own engine: fetchers that each take 100 ms, a limit of 250 ms.
 * Once the time is up no further fetcher runs and the answer is one error that says why; a request
 * within the limit answers in full. Durations here only make a fetcher slow; nothing is timed.
 */
class RequestTimeoutInstrumentationTests {

	private final AtomicInteger fetched = new AtomicInteger();

	@Test
	void aRequestOverTheLimitStopsFetchingAndSaysWhy() {
		GraphQL graphQl = graphQl(Duration.ofMillis(250));
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 20; i++) {
			query.append(" s").append(i).append(": slow");
		}
		ExecutionResult result = graphQl.execute(query.append(" }").toString());
		assertThat(this.fetched.get()).as("fetchers run before the time was up").isLessThan(20);
		assertThat(result.getErrors()).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			assertThat(error.getMessage()).isEqualTo("The request ran longer than the limit of 250 ms "
					+ "(dutygraph.api.request-timeout) and was stopped; ask for fewer fields or smaller pages");
		});
		assertThat((Object) result.getData()).isNull();
	}

	@Test
	void aRequestWithinTheLimitAnswersInFull() {
		ExecutionResult result = graphQl(Duration.ofSeconds(30)).execute("{ a: slow b: slow }");
		assertThat(result.getErrors()).isEmpty();
		assertThat((Object) result.getData()).isEqualTo(java.util.Map.of("a", 1, "b", 2));
	}

	private GraphQL graphQl(Duration timeout) {
		DataFetcher<Integer> slow = (env) -> {
			Thread.sleep(100);
			return this.fetched.incrementAndGet();
		};
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
				new SchemaParser().parse("type Query { slow: Int }"),
				RuntimeWiring.newRuntimeWiring().type("Query", (type) -> type.dataFetcher("slow", slow)).build());
		return GraphQL.newGraphQL(schema).instrumentation(new RequestTimeoutInstrumentation(timeout)).build();
	}

}
