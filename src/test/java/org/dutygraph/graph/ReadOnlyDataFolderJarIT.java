package org.dutygraph.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.sun.security.auth.module.UnixSystem;
import org.dutygraph.JarProcess;
import org.dutygraph.importer.LargePlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service's data folder made read-only while it runs: a 2,000-task import over GraphQL is
 * refused before it writes, with a message naming the folder and the {@code chmod} that fixes it; reads
 * keep being served (沁水县 water task 8 is still led by 沁水县住房和城乡建设局); the health is DOWN and
 * the log says why. Once the folder is writable again the health is UP, the same import succeeds, and
 * after a restart the 2,000 tasks are there. Without the guard this import panicked Neo4j while it
 * applied the committed switch (it could not create an index file), answered INTERNAL_ERROR although
 * the next start found every task, and every read failed until restart.
 * <p>
 * Root ignores file permissions, so as root the jar runs as user {@code nobody} ({@code setpriv}), in a
 * folder of the system's temporary directory that user can enter; any other user runs it as itself.
 * Run by Failsafe after the jar is built.
 */
class ReadOnlyDataFolderJarIT {

	static final Path JAR = Path.of("target/dutygraph.jar");

	static final Path SEED = Path.of("seed-data/001_bc15039033e882c0.txt");

	static final int TASKS = 2_000;

	static final String WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	/** Tasks of seed document 001, the only seed document of this test's service. */
	static final int SEED_TASKS = 102;

	static final String NOBODY = "65534";

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** How long a start or a change of health may take here (2 shared cores). */
	static final Duration WITHIN = Duration.ofMinutes(10);

	final List<Process> processes = new ArrayList<>();

	Path dir;

	Path dataDir;

	boolean asNobody;

	@BeforeEach
	void prepare() throws Exception {
		this.asNobody = runsAsRoot();
		if (this.asNobody) {
			// root may write any file: the service has to run as a user whom permissions stop
			Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).filter(Files::isExecutable)
				.findFirst().orElse(null);
			Assumptions.assumeTrue(setpriv != null, "the build runs as root, whom file permissions do not stop, and "
					+ "setpriv (util-linux) is not installed to run the service as user nobody");
		}
		// as root, out of the clone (whose folders nobody may not be allowed to enter) into the system's
		// temporary folder; otherwise where the build keeps its temporary files
		this.dir = this.asNobody ? Files.createTempDirectory(Path.of("/tmp"), "dutygraph-readonly-")
				: Files.createTempDirectory("dutygraph-readonly-");
		Files.setPosixFilePermissions(this.dir, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.copy(JAR, this.dir.resolve("dutygraph.jar"));
		Files.createDirectories(this.dir.resolve("seed"));
		Files.copy(SEED, this.dir.resolve("seed").resolve(SEED.getFileName()));
		for (String shared : List.of("data", "tmp")) {
			Path folder = Files.createDirectory(this.dir.resolve(shared));
			// the service's user makes its store and temporary files here
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
		}
		this.dataDir = this.dir.resolve("data").resolve("neo4j");
		if (this.asNobody) {
			Process probe = new ProcessBuilder(command(List.of("-version"))).redirectErrorStream(true).start();
			String out = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			Assumptions.assumeTrue(probe.waitFor(2, TimeUnit.MINUTES) && probe.exitValue() == 0,
					"the build runs as root, whom file permissions do not stop, and user nobody cannot run "
							+ java() + " through setpriv: " + out.strip());
		}
	}

	@AfterEach
	void stop() throws IOException {
		for (Process process : this.processes) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
		}
		for (Process process : this.processes) {
			try {
				process.waitFor(1, TimeUnit.MINUTES);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.dir != null) {
			setWritable(this.dir, true);
			try (Stream<Path> paths = Files.walk(this.dir)) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	@Test
	void anImportIntoAReadOnlyDataFolderIsRefusedReadsGoOnAndOnceWritableItImports() throws Exception {
		String plan = LargePlan.generate(Files.readString(SEED), TASKS);
		JarProcess service = start(0);
		service.awaitHealth(200, WITHIN);
		assertThat(service.graphQl("{ task(id: \"" + WATER_8 + "\") { responsibilities { role agency { name } } } }"))
			.contains("{\"role\":\"LEAD\",\"agency\":{\"name\":\"沁水县住房和城乡建设局\"}}");

		setWritable(this.dataDir, false);
		HttpResponse<String> health = service.awaitHealth(503, WITHIN);
		assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\"}");
		service.awaitLog("Storage health DOWN: Cannot write: the data folder " + this.dataDir
				+ " is not writable for the service (user ", Duration.ofMinutes(2));

		JsonNode refused = importDocument(service, plan);
		assertThat(refused.path("data").isNull()).as(refused.toString()).isTrue();
		JsonNode error = refused.path("errors").path(0);
		assertThat(error.path("message").asString()).startsWith("Cannot write: the data folder " + this.dataDir
				+ " is not writable for the service (user ")
			.contains(": it is read-only. Make the data folder and everything in it writable for that user (e.g. chmod -R u+w "
					+ this.dataDir)
			.endsWith("and try again; nothing was written");
		assertThat(error.path("extensions").path("classification").asString()).isEqualTo("INTERNAL_ERROR");

		JsonNode read = JSON.readTree(service.graphQl("{ documents { id } tasks(first: 1) { totalCount } task(id: \""
				+ WATER_8 + "\") { responsibilities { role agency { name } } } }"));
		assertThat(read.path("errors").isMissingNode()).as("reads are served: %s", read).isTrue();
		assertThat(read.path("data").path("documents").toString()).as("nothing of the refused import")
			.isEqualTo("[{\"id\":\"001_bc15039033e882c0\"}]");
		assertThat(read.path("data").path("tasks").path("totalCount").asInt()).isEqualTo(SEED_TASKS);
		JsonNode lead = read.path("data").path("task").path("responsibilities").path(0);
		assertThat(lead.path("role").asString()).isEqualTo("LEAD");
		assertThat(lead.path("agency").path("name").asString()).isEqualTo("沁水县住房和城乡建设局");

		setWritable(this.dataDir, true);
		assertThat(service.awaitHealth(200, WITHIN).body()).isEqualTo("{\"status\":\"UP\"}");
		service.awaitLog("Storage health UP: the data folder " + this.dataDir + " is writable again",
				Duration.ofMinutes(2));
		JsonNode imported = importDocument(service, plan);
		JsonNode report = imported.path("data").path("importDocument").path("report");
		assertThat(report.path("status").asString()).as(imported.toString()).isEqualTo("IMPORTED");
		assertThat(report.path("documentId").asString()).isEqualTo("900_readonly");
		assertThat(report.path("nodes").toString()).contains("{\"key\":\"Task\",\"count\":" + TASKS + "}");
		service.stop(Duration.ofMinutes(2));

		JarProcess again = start(1);
		again.awaitHealth(200, WITHIN);
		JsonNode after = JSON.readTree(again.graphQl("{ documents { id } tasks(first: 1) { totalCount } }"));
		assertThat(after.path("data").path("documents").toString())
			.isEqualTo("[{\"id\":\"001_bc15039033e882c0\"},{\"id\":\"900_readonly\"}]");
		assertThat(after.path("data").path("tasks").path("totalCount").asInt()).isEqualTo(SEED_TASKS + TASKS);
	}

	private JarProcess start(int n) throws IOException {
		int http = JarProcess.freePort();
		Path log = this.dir.resolve("service-" + n + ".log");
		Process process = new ProcessBuilder(command(List.of("-Xmx512m",
				"-Djava.io.tmpdir=" + this.dir.resolve("tmp"), "-jar", this.dir.resolve("dutygraph.jar").toString(),
				"--server.port=" + http, "--dutygraph.neo4j.embedded.bolt-port=0",
				"--dutygraph.neo4j.embedded.data-dir=" + this.dataDir, "--dutygraph.seed.dir=" + this.dir.resolve("seed"),
				"--dutygraph.neo4j.transaction-timeout=10m", "--dutygraph.api.request-timeout=10m",
				"--dutygraph.security.users[0].name=admin", "--dutygraph.security.users[0].password={noop}admin-password",
				"--dutygraph.security.users[0].roles=ADMIN")))
			.directory(this.dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		this.processes.add(process);
		return new JarProcess(process, http, log);
	}

	/** {@code java} with these arguments, as user nobody when the build runs as root. */
	private List<String> command(List<String> args) {
		List<String> command = new ArrayList<>();
		if (this.asNobody) {
			command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
		}
		command.add(java());
		command.addAll(args);
		return command;
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static boolean runsAsRoot() {
		return new UnixSystem().getUid() == 0;
	}

	/** {@code chmod -R a-w} or {@code chmod -R u+w}. */
	private static void setWritable(Path root, boolean writable) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.toList()) {
				if (Files.isSymbolicLink(path) || !Files.exists(path)) {
					continue;
				}
				Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
				if (writable) {
					permissions.add(PosixFilePermission.OWNER_WRITE);
				}
				else {
					permissions.removeAll(Set.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
							PosixFilePermission.OTHERS_WRITE));
				}
				Files.setPosixFilePermissions(path, permissions);
			}
		}
	}

	private static JsonNode importDocument(JarProcess service, String plan) throws Exception {
		String body = JSON.writeValueAsString(Map.of("query",
				"mutation ($input: ImportDocumentInput!) { importDocument(input: $input) { report { status documentId nodes { key count } } } }",
				"variables", Map.of("input", Map.of("fileName", "900_readonly.txt", "content", plan))));
		String basic = Base64.getEncoder().encodeToString("admin:admin-password".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.http() + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + basic)
				.timeout(Duration.ofMinutes(10))
				.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

}
