package org.dutygraph.change;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's copy-paste {@code curl} mutation, its JSON body taken from README.md as it stands, sent
 * over real HTTP with an editor's HTTP Basic sign-in: the answer is the one the README shows, byte for
 * byte. The task it delays (沁水县 water task 8) is put at version 0 as on a fresh service, gets its
 * properties back afterwards and the audit record goes, so the shared graph is as before.
 */
class ReadmeCurlIT extends ChangeTestSupport {

	static final Pattern CURL = Pattern.compile(
			"curl -s -u li:li-secret-2022 http://127\\.0\\.0\\.1:8080/graphql -H 'Content-Type: application/json' -d '([^']*)'\\n```\\n\\n```json\\n([^\\n]*)\\n```");

	@LocalServerPort
	int port;

	@Test
	void theReadmeMutationExampleAnswersWhatTheReadmeShows() throws Exception {
		Matcher example = CURL.matcher(Files.readString(Path.of("README.md")));
		assertThat(example.find()).as("README.md holds the curl example and its answer").isTrue();
		String body = example.group(1);
		String answer = example.group(2);
		assertThat(body).contains(WATER_8);

		Map<String, Object> task;
		List<String> audit;
		try (Session session = this.driver.session()) {
			task = session.run("MATCH (t:Task {id: $id}) RETURN properties(t) AS p", Map.of("id", WATER_8))
				.single().get("p").asMap();
			audit = session.run("MATCH (a:AuditRecord) RETURN collect(elementId(a)) AS ids").single().get("ids")
				.asList((v) -> v.asString());
			// the README speaks to a fresh service, where the task is at version 0; other tests of this shared
			// graph may have changed it before (its properties come back below)
			session.run("MATCH (t:Task {id: $id}) SET t.version = 0", Map.of("id", WATER_8)).consume();
		}
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Basic "
							+ Base64.getEncoder().encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).isEqualTo(answer);
		}
		finally {
			try (Session session = this.driver.session()) {
				session.run("MATCH (t:Task {id: $id}) SET t = $props", Map.of("id", WATER_8, "props", task)).consume();
				session.run("MATCH (a:AuditRecord) WHERE NOT elementId(a) IN $ids DETACH DELETE a", Map.of("ids", audit))
					.consume();
			}
		}
	}

}
