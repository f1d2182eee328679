package org.dutygraph.graphql;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cache of parsed and validated documents over the service's real schema and its real limits:
 * a query text is parsed once, and every limit still judges each request on its own variables.
 */
class DocumentCacheTests {

	private static final GraphQLSchema SCHEMA = QueryCostTests.schema();

	private static final int BUDGET = 20_000;

	private static final String PAGE = "query q($n: Int) { agencies(first: $n) { edges { node { tasks(first: $n) { edges { node { id } } } } } } }";

	private final AtomicInteger parsed = new AtomicInteger();

	private final DocumentCache cache = new DocumentCache(DocumentCache.DEFAULT_MAX_CHARS);

	private final QueryLimits limits = new QueryLimits(List.of(new MaxQueryDepthInstrumentation(12),
			new QueryBudgetInstrumentation(5000, (env, children) -> 1 + children, "complexity",
					"dutygraph.api.max-query-complexity", "ask for fewer fields or fewer aliases"),
			new QueryCostInstrumentation(new QueryCost(500, 4, 2000), BUDGET)), QueryLimits.DEFAULT_MAX_CHARS);

	/** The cache and the limits as the service wires them, counting the documents it had to parse and validate. */
	private final GraphQL graphQl = GraphQL.newGraphQL(SCHEMA)
		.preparsedDocumentProvider((input, parseAndValidate) -> this.cache.getDocumentAsync(input, (in) -> {
			this.parsed.incrementAndGet();
			return parseAndValidate.apply(in);
		}))
		.instrumentation(new ChainedInstrumentation(
				List.of(this.limits, new RequestTimeoutInstrumentation(Duration.ofSeconds(30)))))
		.build();

	@Test
	void aQueryTextIsParsedAndValidatedOnce() {
		for (int i = 0; i < 3; i++) {
			assertThat(run("{ __typename }", Map.of()).getErrors()).isEmpty();
		}
		assertThat(this.parsed).hasValue(1);
		assertThat(this.cache.size()).isEqualTo(1);
	}

	@Test
	void theCostOfACachedDocumentIsCountedOnTheVariablesOfEachRequest() {
		assertThat(limitsRefused(run(PAGE, Map.of("n", 10)))).isFalse();
		// the same text, now with pages of 500 inside pages of 500: refused although the document is cached
		ExecutionResult big = run(PAGE, Map.of("n", 500));
		assertThat(big.getErrors()).singleElement()
			.satisfies((error) -> assertThat(error.getMessage()).startsWith(
					"maximum query cost exceeded: this query counts " + (1 + 1 + 500 * (1 + 1 + 1 + 500 * 2)) + ", the budget of one request is 20000"));
		assertThat((Object) big.getData()).isNull();
		// and small pages pass again
		assertThat(limitsRefused(run(PAGE, Map.of("n", 10)))).isFalse();
		assertThat(this.parsed).hasValue(1);
		// the passed request is remembered once; the refused one is not, and is refused again
		assertThat(this.limits.size()).isEqualTo(1);
		assertThat(limitsRefused(run(PAGE, Map.of("n", 500)))).isTrue();
		assertThat(this.limits.size()).isEqualTo(1);
	}

	@Test
	void aRememberedVerdictIsOnlyForTheSameVariables() {
		// 1 + 1 + 99 * (3 + 99 * 2) = 19,901, within the budget of 20,000
		assertThat(limitsRefused(run(PAGE, Map.of("n", 99)))).isFalse();
		assertThat(limitsRefused(run(PAGE, Map.of("n", 99)))).isFalse();
		assertThat(this.limits.size()).isEqualTo(1);
		// 1 + 1 + 100 * (3 + 100 * 2) = 20,302: one more per page is over it, though the text is the same
		assertThat(limitsRefused(run(PAGE, Map.of("n", 100)))).isTrue();
		assertThat(this.limits.size()).isEqualTo(1);
	}

	@Test
	void theDepthLimitStillJudgesACachedDocument() {
		String deep = "{ agencies { edges { node { tasks { edges { node { responsibilities { agency { tasks { edges { node { responsibilities { agency { id } } } } } } } } } } } } } }";
		for (int i = 0; i < 2; i++) {
			ExecutionResult result = run(deep, Map.of());
			assertThat(result.getErrors()).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("maximum query depth exceeded"));
		}
	}

	@Test
	void anInvalidQueryIsAnsweredWithItsErrorsEachTimeAndNotKept() {
		for (int i = 0; i < 2; i++) {
			ExecutionResult result = run("{ noSuchField }", Map.of());
			assertThat(result.getErrors()).singleElement()
				.satisfies((error) -> assertThat(error.getMessage()).contains("noSuchField"));
		}
		assertThat(this.parsed).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void theCacheIsBoundedByTheLengthOfTheQueryTexts() {
		DocumentCache small = new DocumentCache(100);
		for (int i = 0; i < 50; i++) {
			String query = "{ a" + i + ": __typename }";
			small.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(),
					(in) -> new PreparsedDocumentEntry(graphql.parser.Parser.parse(in.getQuery())));
		}
		small.cleanUp();
		assertThat(small.size()).isLessThanOrEqualTo(100 / "{ a0: __typename }".length());
	}

	/**
	 * Whether a limit refused the request. The schema's fetchers here echo nothing, so a request the
	 * limits let through ends in null-for-non-null errors from fetching, never in a limit's message.
	 */
	private static boolean limitsRefused(ExecutionResult result) {
		return result.getErrors().stream().anyMatch((error) -> error.getMessage().startsWith("maximum query"));
	}

	private ExecutionResult run(String query, Map<String, Object> variables) {
		return this.graphQl.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
	}

}
