package org.dutygraph.visual;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages work on a network that reaches nothing but the service: GraphiQL and the relationship page
 * load every script, style and font from the service (WebJars), run under the Content-Security-Policy
 * without a violation, and answer; every response carries the security headers.
 */
class OfflinePagesIT extends IntegrationTestSupport {

	static final String WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	@LocalServerPort
	int port;

	@Test
	void graphiqlRunsAQueryWithoutAnyRequestOutsideTheService(@TempDir Path profile) throws Exception {
		assumeTrue(Files.isExecutable(HeadlessChromium.EXECUTABLE), "Chromium is not installed at " + HeadlessChromium.EXECUTABLE);
		String origin = "http://localhost:" + this.port;
		String query = "{ task(id: \"" + WATER_8 + "\") { title responsibilities { role asWritten } } }";
		try (HeadlessChromium chromium = new HeadlessChromium(profile)) {
			chromium.open(origin + "/graphiql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
			chromium.waitFor("document.querySelector('.graphiql-execute-button') && "
					+ "document.querySelector('.graphiql-query-editor .CodeMirror') && "
					+ "document.querySelector('.graphiql-query-editor').innerText.includes('responsibilities')",
					Duration.ofSeconds(120));
			// The editor and the schema load asynchronously: press run until the answer shows.
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			String resultWindow = "(document.querySelector('.result-window') || {}).innerText || ''";
			while (!chromium.evaluate(resultWindow).asString().contains("完善生活污水配套管网")
					&& System.nanoTime() < deadline) {
				chromium.evaluate("document.querySelector('.graphiql-execute-button').click()");
				Thread.sleep(3000);
			}
			String result = chromium.evaluate(resultWindow).asString();
			assertThat(result).contains("\"asWritten\": \"县住建局\"").contains("\"role\": \"LEAD\"");
			assertThat(chromium.requests).contains(origin + "/webjars/graphiql/graphiql.min.js", origin + "/graphql");
			assertThat(chromium.requestsOutside(origin)).isEmpty();
			assertThat(chromium.failures).isEmpty();
			assertThat(chromium.problems).isEmpty();
		}
	}

	@Test
	void theRelationshipPageDrawsUnderThePolicyWithoutAnyRequestOutsideTheService(@TempDir Path profile)
			throws Exception {
		assumeTrue(Files.isExecutable(HeadlessChromium.EXECUTABLE), "Chromium is not installed at " + HeadlessChromium.EXECUTABLE);
		String origin = "http://localhost:" + this.port;
		try (HeadlessChromium chromium = new HeadlessChromium(profile)) {
			chromium.open(origin + "/viz/?id=" + URLEncoder.encode(WATER_8, StandardCharsets.UTF_8));
			chromium.waitFor("document.body.dataset.status === 'ready'", Duration.ofSeconds(60));
			assertThat(chromium.evaluate("Number(document.body.dataset.nodes)").asInt()).isGreaterThan(5);
			assertThat(chromium.requestsOutside(origin)).isEmpty();
			assertThat(chromium.failures).isEmpty();
			assertThat(chromium.problems).isEmpty();
		}
	}

	@Test
	void everyResponseCarriesTheContentSecurityPolicyAndTheSecurityHeaders() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (String path : new String[] { "/graphiql/", "/viz/", "/viz/viz.js", "/webjars/graphiql/graphiql.min.css",
				"/graphql?query=%7B__typename%7D", "/actuator/health", "/no-such-page" }) {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			var headers = response.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying((csp) -> assertThat(csp).startsWith("default-src 'self'; script-src 'self';")
					.doesNotContain("unsafe-inline")
					.doesNotContain("unsafe-eval")
					.contains("frame-ancestors 'none'"));
			assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
			assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("no-referrer");
		}
	}

	@Test
	void graphiqlNamesNoOtherSite() throws Exception {
		HttpResponse<String> page = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphiql")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("/webjars/graphiql/graphiql.min.js")
			.doesNotContain("//unpkg.com")
			.doesNotContain("//esm.sh")
			.doesNotContain("//cdn")
			.doesNotContainPattern("<script>[^<]");
	}

}
