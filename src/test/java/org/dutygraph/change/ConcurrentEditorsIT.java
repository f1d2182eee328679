package org.dutygraph.change;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty editors, each with its own HTTP client, change one task at once: each reads the version,
 * sends it back, and on a conflict reloads and tries again. No update is lost and each is audited once.
 */
class ConcurrentEditorsIT extends ChangeTestSupport {

	static final int EDITORS = 20;

	static final String READ = "query($id: ID!) { task(id: $id) { version } }";

	static final String UPDATE = """
			mutation($input: UpdateTaskStatusInput!) {
			  updateTaskStatus(input: $input) { task { version } audit { id } }
			}""";

	@LocalServerPort
	int port;

	@Test
	void twentyEditorsRetryingOnConflictLoseNoUpdateAndEachIsAuditedOnce() throws Exception {
		int start = task(WATER_7).get("version").asInt(0);
		String run = UUID.randomUUID().toString();
		ConcurrentLinkedQueue<ResponseError> conflicts = new ConcurrentLinkedQueue<>();
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		try {
			List<Future<Integer>> editors = new ArrayList<>();
			for (int i = 0; i < EDITORS; i++) {
				String reason = "run " + run + " editor " + i;
				String status = (i % 2 == 0) ? "IN_PROGRESS" : "DELAYED";
				editors.add(pool.submit(() -> edit(client(), reason, status, go, conflicts)));
			}
			go.countDown();
			for (Future<Integer> editor : editors) {
				assertThat(editor.get(2, TimeUnit.MINUTES)).isPositive();
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(task(WATER_7).get("version").asInt()).isEqualTo(start + EDITORS);
		List<Map<String, Object>> audit = this.graphQl.documentName("history")
			.variable("id", WATER_7)
			.execute()
			.path("history")
			.entityList(TaskChangesIT.MAP)
			.get()
			.stream()
			.filter((a) -> String.valueOf(a.get("reason")).startsWith("run " + run))
			.toList();
		assertThat(audit).hasSize(EDITORS);
		assertThat(audit).extracting((a) -> a.get("version"))
			.containsExactlyInAnyOrderElementsOf(
					java.util.stream.IntStream.rangeClosed(start + 1, start + EDITORS).boxed().toList());
		assertThat(conflicts).allSatisfy((error) -> {
			assertThat(error.getMessage()).matches("task " + java.util.regex.Pattern.quote(WATER_7)
					+ " was changed by someone else: it is at version \\d+, you sent \\d+; reload and try again");
			assertThat(error.getExtensions()).containsEntry("code", "CONFLICT").containsKey("currentVersion");
		});
	}

	/** Reads, updates with the version read, retries on conflict; answers the attempts it took. */
	private static int edit(HttpSyncGraphQlClient client, String reason, String status, CountDownLatch go,
			ConcurrentLinkedQueue<ResponseError> conflicts) throws InterruptedException {
		go.await();
		for (int attempt = 1; attempt <= 500; attempt++) {
			int version = client.document(READ).variable("id", WATER_7).retrieveSync("task.version").toEntity(Integer.class);
			ClientGraphQlResponse response = client.document(UPDATE)
				.variable("input", Map.of("taskId", WATER_7, "status", status, "reason", reason, "expectedVersion",
						version))
				.executeSync();
			if (response.getErrors().isEmpty()) {
				return attempt;
			}
			ResponseError error = response.getErrors().get(0);
			if (!"CONFLICT".equals(error.getExtensions().get("code"))) {
				throw new AssertionError("not a conflict: " + response.getErrors());
			}
			conflicts.add(error);
		}
		throw new AssertionError("gave up after 500 conflicts");
	}

	private HttpSyncGraphQlClient client() {
		RestClient rest = RestClient.builder()
			.baseUrl("http://localhost:" + this.port + "/graphql")
			.defaultHeaders((h) -> h.setBasicAuth(EDITOR, PASSWORD))
			.build();
		return HttpSyncGraphQlClient.builder(rest).build();
	}

}
