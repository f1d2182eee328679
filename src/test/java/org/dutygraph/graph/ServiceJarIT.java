package org.dutygraph.graph;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.dutygraph.GraphCounts;
import org.dutygraph.JarProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service as a user runs it: {@code java -Xmx512m -jar target/dutygraph.jar} on an empty
 * data folder becomes healthy, answers Bolt, holds the five documents and their 13 plans; a second
 * start changes no count; a start killed with {@code kill -9} during the first import is completed by
 * the next one without duplicates. Run by Failsafe after the jar is built.
 */
class ServiceJarIT {

	static final Path JAR = Path.of("target/dutygraph.jar");

	final List<Process> processes = new ArrayList<>();

	@TempDir
	Path dataDir;

	@AfterEach
	void stop() {
		this.processes.forEach(Process::destroyForcibly);
	}

	@Test
	void aFreshStartImportsTheSeedAndASecondStartChangesNothing() throws Exception {
		Service first = start();
		first.awaitHealthy();
		Map<String, Long> counts = counts(first);
		assertThat(counts).containsEntry("Document", 5L).containsEntry("Plan", 13L);
		assertThat(documentDigests(first)).containsEntry("000_7e6f630d02834975.txt",
				"5962ba8c0ed79499d7f8dea355a1d909d7ded29fe8398a34219b0dd3ea7564da");
		first.jar().stop(Duration.ofSeconds(60));
		Service second = start();
		second.awaitHealthy();
		assertThat(counts(second)).isEqualTo(counts);
	}

	@Test
	void aKillDuringTheFirstImportIsCompletedByTheNextStart() throws Exception {
		Service first = start();
		first.jar().awaitLog("Imported 001_bc15039033e882c0.txt", Duration.ofMinutes(3));
		first.jar().process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		Service second = start();
		second.awaitHealthy();
		Map<String, Long> counts = counts(second);
		assertThat(counts).containsEntry("Document", 5L).containsEntry("Plan", 13L);
		try (Driver driver = second.driver(); Session session = driver.session()) {
			long duplicates = session.run("MATCH (t:Task) WITH t.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS d")
				.single()
				.get("d")
				.asLong();
			assertThat(duplicates).isZero();
		}
	}

	@Test
	void encodePasswordPrintsTheBcryptFormOfThePasswordOnStandardInput() throws Exception {
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString(), "encode-password"))
			.start();
		process.getOutputStream().write("li-secret-2022\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		process.getOutputStream().close();
		String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).isZero();
		assertThat(out).startsWith("{bcrypt}$2a$10$").doesNotContain("\n");
		assertThat(org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder()
			.matches("li-secret-2022", out)).isTrue();
	}

	private Service start() throws IOException {
		int http = JarProcess.freePort();
		int bolt = JarProcess.freePort();
		Path log = this.dataDir.resolve("service-" + this.processes.size() + ".log");
		Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", JAR.toString(), "--server.port=" + http,
				"--dutygraph.neo4j.embedded.bolt-port=" + bolt,
				"--dutygraph.neo4j.embedded.data-dir=" + this.dataDir.resolve("neo4j")))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		this.processes.add(process);
		return new Service(new JarProcess(process, http, log), bolt, this.dataDir.resolve("neo4j"));
	}

	private static Map<String, Long> counts(Service service) {
		try (Driver driver = service.driver()) {
			return GraphCounts.of(driver);
		}
	}

	private static Map<String, String> documentDigests(Service service) {
		try (Driver driver = service.driver(); Session session = driver.session()) {
			Map<String, String> digests = new TreeMap<>();
			session.run("MATCH (d:Document) RETURN d.fileName AS f, d.sha256 AS s")
				.forEachRemaining((r) -> digests.put(r.get("f").asString(), r.get("s").asString()));
			return digests;
		}
	}

	/** The service process, its Bolt port and store, signed in to as the operator would. */
	record Service(JarProcess jar, int bolt, Path neo4jHome) {

		/** Signs in as the operator would: user neo4j, the password generated into the data folder. */
		Driver driver() {
			try {
				String password = Files.readString(this.neo4jHome.resolve("neo4j-password"));
				return GraphDatabase.driver("bolt://127.0.0.1:" + this.bolt, AuthTokens.basic("neo4j", password));
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}

		void awaitHealthy() throws Exception {
			assertThat(this.jar.awaitHealth(200, Duration.ofMinutes(3)).body()).isEqualTo("{\"status\":\"UP\"}");
		}

	}

}
