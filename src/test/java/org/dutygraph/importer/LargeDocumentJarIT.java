package org.dutygraph.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.dutygraph.JarProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan of 20,000 tasks (generated from seed document 001's real shapes, about 4 MB) imports with the
 * packaged jar at {@code -Xmx512m}: the document is staged in committed batches and switched in one
 * transaction. A {@code kill -9} while it is staged leaves no part of it visible, and the next start
 * removes what was staged. The import's time is printed, never asserted (see benchmarks/RESULTS.md).
 * Run by Failsafe after the jar is built.
 */
class LargeDocumentJarIT {

	static final Path JAR = Path.of("target/dutygraph.jar");

	static final int TASKS = 20_000;

	final List<Process> processes = new ArrayList<>();

	@TempDir
	Path dir;

	@AfterEach
	void stop() {
		this.processes.forEach(Process::destroyForcibly);
	}

	@Test
	void aPlanOfTwentyThousandTasksImportsAtHalfAGigabyteOfHeap() throws Exception {
		Path plan = largePlan();
		long started = System.nanoTime();
		Path log = this.dir.resolve("import.log");
		JarProcess importing = new JarProcess(java(List.of("import", plan.toString()), log), 0, log);
		assertThat(importing.process().waitFor(20, TimeUnit.MINUTES)).as("import finished").isTrue();
		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		String output = Files.readString(log);
		assertThat(importing.process().exitValue()).as(importing.tail()).isZero();
		assertThat(output).contains("900_large.txt: IMPORTED").contains("Task=" + TASKS).doesNotContain("OutOfMemory");
		System.out.println("LargeDocumentJarIT: " + TASKS + " tasks (" + Files.size(plan) + " bytes) imported at -Xmx512m in "
				+ seconds + " s, JVM start included");
		int http = JarProcess.freePort();
		Path serviceLog = this.dir.resolve("service.log");
		JarProcess service = new JarProcess(java(List.of("--server.port=" + http), serviceLog), http, serviceLog);
		service.awaitHealth(200, Duration.ofMinutes(5));
		assertThat(service.graphQl("{ tasks(first: 1) { totalCount } }")).contains("\"totalCount\":" + TASKS);
	}

	@Test
	void aKillWhileADocumentIsStagedLeavesNothingVisibleAndTheNextStartCleansUp() throws Exception {
		Path plan = largePlan();
		Path log = this.dir.resolve("import.log");
		JarProcess importing = new JarProcess(java(List.of("import", plan.toString()), log), 0, log);
		importing.awaitLog("Staging 900_large.txt", Duration.ofMinutes(10));
		Thread.sleep(2000);
		importing.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(Files.readString(log)).doesNotContain("900_large.txt: IMPORTED");
		int http = JarProcess.freePort();
		Path serviceLog = this.dir.resolve("service.log");
		JarProcess service = new JarProcess(java(List.of("--server.port=" + http), serviceLog), http, serviceLog);
		service.awaitHealth(200, Duration.ofMinutes(5));
		assertThat(Files.readString(serviceLog)).containsPattern("Removed [1-9][0-9]* staged nodes");
		assertThat(service.graphQl("{ documents { id } tasks(first: 1) { totalCount } }"))
			.doesNotContain("900_large")
			.contains("\"totalCount\":0");
	}

	private Path largePlan() throws IOException {
		String text = LargePlan.generate(Files.readString(Path.of("seed-data/001_bc15039033e882c0.txt")), TASKS);
		Path plan = this.dir.resolve("900_large.txt");
		Files.writeString(plan, text, StandardCharsets.UTF_8);
		return plan;
	}

	/** The packaged jar at -Xmx512m on this test's store, without seed import, Bolt on a free port. */
	private Process java(List<String> args, Path log) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", JAR.toString()));
		command.addAll(args);
		command.addAll(List.of("--dutygraph.neo4j.embedded.bolt-port=0",
				"--dutygraph.neo4j.embedded.data-dir=" + this.dir.resolve("neo4j"),
				"--dutygraph.neo4j.transaction-timeout=10m"));
		if (!args.get(0).equals("import")) {
			// the import command starts no seed import of its own
			command.add("--dutygraph.seed.import-on-start=false");
		}
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		this.processes.add(process);
		return process;
	}

}
