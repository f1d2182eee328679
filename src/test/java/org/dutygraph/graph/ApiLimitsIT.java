package org.dutygraph.graph;

import org.dutygraph.IntegrationTestSupport;
import org.dutygraph.QueryCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits are on by default; each violation is a clear GraphQL error, never a stack trace. */
class ApiLimitsIT extends IntegrationTestSupport {

	@Autowired
	HttpGraphQlTester graphQl;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{ tasks(first: 501) { totalCount } }                         | first must be at most 500, was 501
			{ tasks(first: -1) { totalCount } }                          | first must not be negative, was -1
			{ tasks(after: "bm90LWEtY3Vyc29y") { totalCount } }          | is not a cursor of this list
			{ neighbourhood(id: "x", depth: 5) { truncated } }           | depth must be between 1 and 4, was 5
			{ neighbourhood(id: "x", first: 100000) { truncated } }      | first must be between 1 and 2000
			{ neighbourhood(id: "x", relationshipTypes: ["A`B"]) { truncated } } | is not a label or relationship type
			{ search(text: "  ") { id } }                                | text must not be blank
			{ agency(name: "县住建局") { id } }                             | names 3 units
			""")
	void aBadArgumentIsABadRequestThatSaysWhatWasWrong(String query, String message) {
		this.graphQl.document(query).execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getMessage()).contains(message);
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
			});
		});
	}

	@Test
	void aMalformedDateIsRefusedWithTheFormatItNeeds() {
		this.graphQl.document("{ tasks(where: {dueBefore: \"31.10.2022\"}) { totalCount } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement()
				.satisfies((e) -> assertThat(e.getMessage()).contains("Date must be yyyy-MM-dd")));
	}

	@Test
	void anUnknownTaskIdIsNullNotAnError() {
		this.graphQl.document("{ task(id: \"no-such-task\") { id } }").execute().path("task").valueIsNull();
	}

	@Test
	void anUnknownTaskHasNoAccountabilityChainAndSaysSo() {
		this.graphQl.document("{ accountabilityChain(taskId: \"no-such-task\") { relation } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((e) -> {
				assertThat(e.getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
				assertThat(e.getMessage()).isEqualTo("No task with id 'no-such-task'");
			}));
	}

	@Test
	void aQueryDeeperThanTheLimitIsRefused() {
		String deep = "{ tasks { edges { node { " + "dependsOn { ".repeat(12) + "id" + " }".repeat(12) + " } } } }";
		this.graphQl.document(deep)
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((e) -> assertThat(e.getMessage()).contains("maximum query depth exceeded")));
	}

	@Test
	void aQueryWithTooManyFieldsIsRefused() {
		// 500 aliases of 11 fields each: 5,500 fields, within the parser's token limit
		StringBuilder wide = new StringBuilder("{");
		for (int i = 0; i < 500; i++) {
			wide.append(" d").append(i).append(": documents { id fileName sha256 title docNumber issuedOn issuers jurisdiction plans { id } }");
		}
		this.graphQl.document(wide.append(" }").toString())
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).isNotEmpty()
				.allSatisfy((e) -> assertThat(e.getMessage()).contains("maximum query complexity exceeded")));
	}

	@Test
	void roundTripsForATaskPageDoNotGrowWithPageSize() {
		int small = roundTrips(20);
		int large = roundTrips(200);
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(5);
	}

	private int roundTrips(int first) {
		QueryCounter.reset();
		this.graphQl.documentName("tasksPage")
			.variable("first", first)
			.execute()
			.path("tasks.edges")
			.entityList(Object.class)
			.hasSize(first);
		return QueryCounter.count();
	}

}
