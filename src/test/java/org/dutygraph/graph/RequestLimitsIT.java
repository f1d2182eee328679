package org.dutygraph.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that would keep the service busy or crash a handler are refused up front, over real HTTP
 * against the seed graph: the cost budget, the bounds of {@code delayDays}, and bodies that are not a
 * GraphQL request.
 */
class RequestLimitsIT extends IntegrationTestSupport {

	private static final String TASK = "001_bc15039033e882c0:WATER:三/(三)/8";

	HttpGraphQlTester graphQl;

	/** Whole-graph answers on a loaded build machine can take longer than the tester's default 5 s. */
	@Autowired
	void graphQl(HttpGraphQlTester tester) {
		this.graphQl = tester.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build();
	}

	@LocalServerPort
	int port;

	@Test
	void aThousandAliasedDelayImpactsAreRefusedNamingTheCostAndTheBudget() {
		StringBuilder query = new StringBuilder("{");
		for (int i = 0; i < 1000; i++) {
			query.append(" d").append(i).append(": delayImpact(taskId: \"").append(TASK)
				.append("\", delayDays: 1) { projectedDate }");
		}
		assertRefusedForCost(query.append(" }").toString(), "this query counts 301000");
	}

	@Test
	void pageSizesMultipliedThroughNestingAreRefused() {
		assertRefusedForCost("{ agencies(first: 500) { edges { node { name tasks(first: 500) { edges { node { id } } } } } } }",
				"this query counts 502002");
	}

	@Test
	void fieldsBehindFragmentSpreadsAreCounted() {
		StringBuilder fragment = new StringBuilder("fragment many on Query {");
		for (int i = 0; i < 100; i++) {
			fragment.append(" d").append(i).append(": delayImpact(taskId: \"").append(TASK)
				.append("\", delayDays: 1) { ...date }");
		}
		fragment.append(" } fragment date on DelayImpact { projectedDate }");
		assertRefusedForCost("query { ...many } " + fragment, "this query counts 30100");
	}

	@Test
	void aQueryWithinTheBudgetStillAnswers() {
		this.graphQl.document("{ a: delayImpact(taskId: \"" + TASK + "\", delayDays: 30) { projectedDate } "
				+ "b: delayImpact(taskId: \"" + TASK + "\", delayDays: 0) { projectedDate } }")
			.execute()
			.path("a.projectedDate")
			.entity(String.class)
			.isEqualTo("2023-01-30")
			.path("b.projectedDate")
			.entity(String.class)
			.isEqualTo("2022-12-31");
	}

	private void assertRefusedForCost(String query, String count) {
		this.graphQl.document(query).execute().errors().satisfy((errors) -> {
			assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).startsWith("maximum query cost exceeded: " + count)
					.contains("the budget of one request is 20000 (dutygraph.api.max-query-cost)");
			});
		});
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2147483647 | delayDays must be at most 3650 (dutygraph.api.max-delay-days), was 2147483647
			3651       | delayDays must be at most 3650 (dutygraph.api.max-delay-days), was 3651
			-1         | delayDays must be zero or more, was -1
			""")
	void aDelayOutsideItsBoundsIsABadRequestNotADateInTheYear5881633(int days, String message) {
		this.graphQl.document("{ delayImpact(taskId: \"" + TASK + "\", delayDays: " + days + ") { projectedDate } }")
			.execute()
			.errors()
			.satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo(message);
			}));
	}

	@Test
	void theLongestDelayAllowedStillProjectsADate() {
		this.graphQl.document("{ delayImpact(taskId: \"" + TASK + "\", delayDays: 3650) { projectedDate } }")
			.execute()
			.path("delayImpact.projectedDate")
			.entity(String.class)
			.isEqualTo("2032-12-28");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
			null                         | must be a JSON object with a "query" string, was null
			[]                           | must be a JSON object with a "query" string, was array
			'"{ documents { id } }"'     | must be a JSON object with a "query" string, was string
			'{"query": '                 | The request body is not JSON
			''                           | The request body is empty
			'{}'                         | must have a non-empty "query" string
			'{"query": null}'            | must have a non-empty "query" string, was null
			'{"query": 42}'              | must have a non-empty "query" string, was number
			'{"query": "{ documents { id } }", "variables": []}' | "variables" must be a JSON object, was array
			'{"query": "{ documents { id } }", "operationName": 1}' | "operationName" must be a string, was number
			""")
	void aBodyThatIsNotAGraphQlRequestIsA400WithAGraphQlError(String body, String message)
			throws IOException, InterruptedException {
		HttpResponse<String> response = post(body);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(response.body()).startsWith("{\"errors\":[{")
			.contains(message.replace("\"", "\\\""))
			.contains("\"classification\":\"BAD_REQUEST\"");
	}

	@Test
	void aWellFormedBodyPassesTheCheckUnchanged() throws IOException, InterruptedException {
		HttpResponse<String> response = post("{\"query\": \"query q($id: ID!) { task(id: $id) { title } }\", "
				+ "\"variables\": {\"id\": \"" + TASK + "\"}, \"operationName\": \"q\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("{\"data\":{\"task\":{\"title\":\"完善生活污水配套管网\"}}}");
	}

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
