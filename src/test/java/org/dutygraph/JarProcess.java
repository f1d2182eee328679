package org.dutygraph;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar started by a test in a process of its own, with its output in {@code log}, and the
 * waits and requests the tests of the packaged service share. {@code http} is the port its service
 * listens on (0 for a command that starts none). Every wait fails with the log's last lines.
 */
public record JarProcess(Process process, int http, Path log) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A free port on this machine, for a service's HTTP or Bolt listener. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/**
	 * Waits until {@code /actuator/health} answers this HTTP status (200 UP, 503 DOWN) and answers that
	 * response; fails when the process ends or the time runs out first.
	 */
	public HttpResponse<String> awaitHealth(int status, Duration within) throws Exception {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(this.process.isAlive()).as("service alive; log:\n%s", tail()).isTrue();
			try {
				HttpResponse<String> response = client.send(
						HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.http + "/actuator/health"))
							.timeout(Duration.ofSeconds(30))
							.build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == status) {
					return response;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("health never answered " + status + " within " + within + "; log:\n" + tail());
	}

	/** Waits until the log holds this text; fails when the process ends or the time runs out first. */
	public void awaitLog(String text, Duration within) throws Exception {
		long deadline = System.nanoTime() + within.toNanos();
		while (System.nanoTime() < deadline) {
			if (Files.exists(this.log) && Files.readString(this.log).contains(text)) {
				return;
			}
			assertThat(this.process.isAlive()).as("still running; log:\n%s", tail()).isTrue();
			Thread.sleep(100);
		}
		throw new AssertionError("log never said '" + text + "':\n" + tail());
	}

	/** Stops it as a user's {@code kill} would, and waits until it has. */
	public void stop(Duration within) throws InterruptedException {
		this.process.destroy();
		assertThat(this.process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)).as("stopped; log:\n%s", tail())
			.isTrue();
	}

	/** The query's response body, anonymous, over HTTP; fails on any status other than 200. */
	public String graphQl(String query) throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.http + "/graphql"))
				.header("Content-Type", "application/json")
				.timeout(Duration.ofMinutes(2))
				.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query)),
						StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return response.body();
	}

	/** The last 40 lines of its log. */
	public String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

}
