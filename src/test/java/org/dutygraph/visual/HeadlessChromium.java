package org.dutygraph.visual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Debian's headless Chromium driven over the Chrome DevTools Protocol: it opens a page and records
 * every request the page makes, every request that failed, and every console message and script
 * error (a Content-Security-Policy violation is one). Every host name but {@code localhost} resolves
 * to nothing, so a page that reached for another site would also show a failed request.
 */
final class HeadlessChromium implements AutoCloseable {

	static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final WebSocket socket;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

	/** Every URL the page requested. */
	final List<String> requests = new CopyOnWriteArrayList<>();

	/** Requests that failed, with Chromium's reason. */
	final List<String> failures = new CopyOnWriteArrayList<>();

	/** Console messages, log entries (CSP violations among them) and uncaught script errors. */
	final List<String> problems = new CopyOnWriteArrayList<>();

	HeadlessChromium(Path profile) throws Exception {
		this.process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-extensions", "--remote-debugging-port=0",
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost", "--user-data-dir=" + profile,
				"about:blank"))
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		int port = debuggingPort();
		String pageSocket = pageSocket(port);
		this.socket = HttpClient.newHttpClient()
			.newWebSocketBuilder()
			.buildAsync(URI.create(pageSocket), new Listener())
			.join();
		for (String domain : List.of("Network", "Log", "Runtime", "Page")) {
			call(domain + ".enable", Map.of());
		}
	}

	private int debuggingPort() throws IOException {
		Pattern listening = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
		BufferedReader err = new BufferedReader(new InputStreamReader(this.process.getErrorStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = err.readLine()) != null) {
			Matcher matcher = listening.matcher(line);
			if (matcher.find()) {
				Thread drain = new Thread(() -> err.lines().forEach((l) -> {
				}));
				drain.setDaemon(true);
				drain.start();
				return Integer.parseInt(matcher.group(1));
			}
		}
		throw new IllegalStateException("Chromium exited before it opened its DevTools port");
	}

	private static String pageSocket(int port) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		for (int attempt = 0; attempt < 100; attempt++) {
			String body = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			for (JsonNode target : JSON.readTree(body)) {
				if ("page".equals(target.path("type").asString())) {
					return target.path("webSocketDebuggerUrl").asString();
				}
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("Chromium has no page target");
	}

	/** Opens the URL and waits until the page fired its load event. */
	void open(String url) throws Exception {
		call("Page.navigate", Map.of("url", url));
		waitFor("document.readyState === 'complete'", Duration.ofSeconds(60));
	}

	/** The value of a JavaScript expression in the page. */
	JsonNode evaluate(String expression) throws Exception {
		JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
		return result.path("result").path("value");
	}

	/** Waits until the expression is true in the page; fails after the timeout. */
	void waitFor(String expression, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (evaluate("Boolean(" + expression + ")").asBoolean()) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("Timed out waiting for " + expression + "; requests " + this.requests + ", failures "
				+ this.failures + ", problems " + this.problems);
	}

	private JsonNode call(String method, Map<String, Object> params) throws Exception {
		int id = this.ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		this.pending.put(id, answer);
		this.socket.sendText(JSON.writeValueAsString(Map.of("id", id, "method", method, "params", params)), true).join();
		JsonNode message = answer.get(60, TimeUnit.SECONDS);
		if (message.has("error")) {
			throw new IllegalStateException(method + ": " + message.get("error"));
		}
		return message.path("result");
	}

	private void event(JsonNode message) {
		String method = message.path("method").asString();
		JsonNode params = message.path("params");
		switch (method) {
			case "Network.requestWillBeSent" -> this.requests.add(params.path("request").path("url").asString());
			case "Network.loadingFailed" -> this.failures.add(params.path("type").asString() + " "
					+ params.path("errorText").asString() + " " + params.path("blockedReason").asString());
			case "Log.entryAdded" -> this.problems.add(params.path("entry").path("level").asString() + ": "
					+ params.path("entry").path("text").asString() + " " + params.path("entry").path("url").asString());
			case "Runtime.exceptionThrown" -> this.problems.add("exception: " + params.path("exceptionDetails"));
			case "Runtime.consoleAPICalled" -> {
				if (!"log".equals(params.path("type").asString()) && !"info".equals(params.path("type").asString())) {
					this.problems.add("console." + params.path("type").asString() + ": " + params.path("args"));
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.socket.abort();
		this.process.destroy();
		if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	private final class Listener implements WebSocket.Listener {

		private final StringBuilder text = new StringBuilder();

		@Override
		public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
			this.text.append(data);
			if (last) {
				JsonNode message = JSON.readTree(this.text.toString());
				this.text.setLength(0);
				if (message.has("id")) {
					CompletableFuture<JsonNode> answer = HeadlessChromium.this.pending.remove(message.get("id").asInt());
					if (answer != null) {
						answer.complete(message);
					}
				}
				else {
					event(message);
				}
			}
			webSocket.request(1);
			return null;
		}

	}

	/** Requests that did not go to the given origin; data: URLs are part of the page itself. */
	List<String> requestsOutside(String origin) {
		Predicate<String> inside = (url) -> url.startsWith(origin + "/") || url.startsWith("data:")
				|| url.equals("about:blank");
		return this.requests.stream().filter(inside.negate()).toList();
	}

}
