package org.dutygraph.visual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The relationship page in a real browser: headless Chromium loads {@code /viz/}, the page asks the
 * GraphQL API for a task's neighbourhood and draws it with Cytoscape.js; the DOM after the scripts ran
 * says how many nodes and edges it drew. {@code .ci/run} installs Chromium; without one the test is
 * skipped and says why.
 */
class RelationshipPageIT extends IntegrationTestSupport {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	@LocalServerPort
	int port;

	@Test
	void thePageDrawsTheNeighbourhoodOfTheWeichiSewerTask(@TempDir Path profile) throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
		String url = "http://localhost:" + this.port + "/viz/?id="
				+ java.net.URLEncoder.encode("001_bc15039033e882c0:WATER:三/(三)/8", StandardCharsets.UTF_8);
		String dom = dumpDom(url, profile);
		assertThat(attribute(dom, "data-status")).isEqualTo("ready");
		assertThat(Integer.parseInt(attribute(dom, "data-nodes"))).isGreaterThan(5);
		assertThat(Integer.parseInt(attribute(dom, "data-edges"))).isGreaterThan(5);
		assertThat(dom).contains("nodes,").doesNotContain("error:");
	}

	private static String dumpDom(String url, Path profile) throws IOException, InterruptedException {
		Path out = profile.resolve("dom.html");
		Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile.resolve("user"), "--virtual-time-budget=20000",
				"--dump-dom", url))
			.redirectOutput(out.toFile())
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
		return Files.readString(out, StandardCharsets.UTF_8);
	}

	private static String attribute(String dom, String name) {
		Matcher matcher = Pattern.compile("<body[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
		assertThat(matcher.find()).as("body has " + name).isTrue();
		return matcher.group(1);
	}

}
