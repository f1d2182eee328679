package org.dutygraph.importer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.dutygraph.DutyGraphApplication;
import org.dutygraph.GraphCounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The free-space check on the one import path, in all three of its entries, on a real store whose data
 * folder has less free space than the configured margin ({@code dutygraph.storage.min-free-space} set
 * far above any real disk): the {@code import} command, the first-start seed import and the
 * {@code importDocument} mutation are each refused before anything is written, with a message that
 * names the free space, the margin and the property; the service still starts, answers reads, and its
 * health is DOWN.
 */
class ImportFreeSpaceIT {

	static final String MARGIN = "--dutygraph.storage.min-free-space=1000TB";

	static final Path SEED = Path.of("seed-data/001_bc15039033e882c0.txt");

	@Test
	void everyImportIsRefusedBeforeItWritesWhenTheDataFolderLacksFreeSpace(@TempDir Path dir) throws Exception {
		String store = "--dutygraph.neo4j.embedded.data-dir=" + dir.resolve("neo4j");

		ImportCommandIT.Result command = ImportCommandIT.run("import", SEED.toString(), store,
				"--dutygraph.neo4j.embedded.bolt-port=0", MARGIN);
		assertThat(command.exit()).isEqualTo(1);
		assertThat(command.progress()).contains("001_bc15039033e882c0.txt ... REFUSED");
		assertRefusal(command.out());

		String[] service = { "--server.port=0", "--dutygraph.neo4j.embedded.bolt-port=0", store, MARGIN,
				"--dutygraph.security.users[0].name=admin", "--dutygraph.security.users[0].password={noop}admin-password",
				"--dutygraph.security.users[0].roles=ADMIN" };
		try (ConfigurableApplicationContext context = DutyGraphApplication.application(service).run(service)) {
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			Driver driver = context.getBean(Driver.class);
			assertThat(GraphCounts.of(driver)).as("neither the command nor the seed import wrote a document")
				.doesNotContainKeys("Document", "Task");

			HttpResponse<String> health = get(base + "/actuator/health");
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("\"DOWN\"");

			Map<String, Long> before = GraphCounts.of(driver);
			String mutation = JsonMapper.builder().build().writeValueAsString(Map.of("query",
					"mutation ($input: ImportDocumentInput!) { importDocument(input: $input) { report { status } } }",
					"variables", Map.of("input", Map.of("fileName", "fragment.txt", "content",
							"1.全面治理裸地扬尘。3月底前完成排查。〔责任单位：县住建局〕\n", "jurisdiction", "沁水县"))));
			HttpResponse<String> imported = post(base + "/graphql", mutation);
			assertThat(imported.statusCode()).isEqualTo(200);
			assertRefusal(imported.body());
			assertThat(GraphCounts.of(driver)).isEqualTo(before);

			HttpResponse<String> read = post(base + "/graphql", "{\"query\": \"{ documents { id } }\"}");
			assertThat(read.body()).as("reads are served").isEqualTo("{\"data\":{\"documents\":[]}}");
		}
	}

	private static void assertRefusal(String text) {
		assertThat(text).contains("Not enough free space to write: the data folder ", " MiB free (",
				"the margin dutygraph.storage.min-free-space of 1048576000.0 MiB", "free space there and try again");
	}

	private static HttpResponse<String> get(String url) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> post(String url, String json) throws Exception {
		String basic = Base64.getEncoder().encodeToString("admin:admin-password".getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + basic)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
