package org.dutygraph.change;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads are open; every mutation needs a signed-in user with the right role, and a refused one is a
 * GraphQL error that wrote nothing: not the change, not an audit record.
 */
class MutationSecurityIT extends ChangeTestSupport {

	static final Map<String, Map<String, Object>> INPUTS = Map.of(
			"updateTaskStatus", Map.of("taskId", WATER_8, "status", "DONE", "reason", "refused"),
			"recordDelay", Map.of("taskId", WATER_8, "expectedDate", "2030-01-01", "reason", "refused"),
			"addDependency", Map.of("dependentId", WATER_8, "prerequisiteId", WATER_7, "reason", "refused"),
			"removeDependency", Map.of("dependentId", WATER_8, "prerequisiteId", WATER_7, "reason", "refused"),
			"importDocument", Map.of("fileName", "refused.txt", "content", "1.不应导入。〔责任单位：县住建局〕",
					"jurisdiction", "沁水县"));

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource(textBlock = """
			updateTaskStatus, anonymous, UNAUTHORIZED
			updateTaskStatus, viewer,    FORBIDDEN
			recordDelay,      anonymous, UNAUTHORIZED
			recordDelay,      viewer,    FORBIDDEN
			addDependency,    anonymous, UNAUTHORIZED
			addDependency,    viewer,    FORBIDDEN
			removeDependency, anonymous, UNAUTHORIZED
			removeDependency, viewer,    FORBIDDEN
			importDocument,   anonymous, UNAUTHORIZED
			importDocument,   viewer,    FORBIDDEN
			importDocument,   editor,    FORBIDDEN
			""")
	void aMutationWithoutTheRightRoleIsRefusedAndWritesNothing(String mutation, String user, ErrorType expected) {
		Map<String, Object> before = snapshot(WATER_7, WATER_8);
		long audit = auditRecords();
		HttpGraphQlTester tester = user.equals("anonymous") ? this.graphQl : as(user);
		GraphQlTester.Response response = tester.documentName(mutation)
			.variable("input", INPUTS.get(mutation))
			.execute();
		response.errors().satisfy((errors) -> assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.getErrorType()).isEqualTo(expected);
			assertThat(error.getPath()).isEqualTo(mutation);
			assertThat(error.getMessage()).contains(mutation);
		}));
		assertThat(snapshot(WATER_7, WATER_8)).isEqualTo(before);
		assertThat(auditRecords()).isEqualTo(audit);
	}

	@Test
	void anonymousReadsOfGraphQlGraphiQlAndHealthAreOpen() throws Exception {
		this.graphQl.documentName("taskStatus").variable("id", WATER_8).execute().path("task.id").hasValue();
		assertThat(get("/graphiql").statusCode()).isEqualTo(200);
		HttpResponse<String> health = get("/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
	}

	@Test
	void aWrongPasswordIsRefusedBeforeGraphQl() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString((EDITOR + ":wrong").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ documents { id } }\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
