package org.dutygraph.graph;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.dutygraph.model.StorageFullException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

import org.springframework.boot.health.application.DiskSpaceHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Storage faults on a real embedded Neo4j of its own (not the shared test context), stopped and started
 * as the service does: a transaction log whose tail a full disk or a crash left unreadable, and a real
 * full disk, on a small tmpfs mounted for the test (root only; skipped, saying why, elsewhere), big
 * enough for Neo4j's preallocated transaction log. Space is freed before the store is stopped, as an
 * operator would: Neo4j retries its last page flush until it succeeds. After each fault the next start either
 * starts or says in one line what to run, and that run has every committed node.
 */
class StorageFaultsIT {

	@TempDir
	Path dir;

	@Test
	void bytesAfterTheLastTransactionAreNamedInOneLineAndDroppedOnRequest() throws IOException {
		Path home = this.dir.resolve("neo4j");
		try (EmbeddedNeo4j neo4j = start(home, false); Driver driver = driver(neo4j)) {
			driver.executableQuery("UNWIND range(1, 100) AS i CREATE (:Kept {i: i})").execute();
		}
		Path log = lastLogFile(home);
		int end = writtenLength(log);
		overwrite(log, end, garbage(64));

		assertThatThrownBy(() -> start(home, false)).isInstanceOf(StartupCheckException.class)
			.hasMessageContaining("ends in a write that was cut short")
			.hasMessageContaining("start once with --dutygraph.neo4j.embedded.repair-log-tail=true")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n"));

		try (EmbeddedNeo4j neo4j = start(home, true); Driver driver = driver(neo4j)) {
			assertThat(count(driver, "Kept")).isEqualTo(100);
		}
		try (EmbeddedNeo4j neo4j = start(home, false); Driver driver = driver(neo4j)) {
			assertThat(count(driver, "Kept")).as("a later plain start needs no repair").isEqualTo(100);
			driver.executableQuery("CREATE (:Kept {i: 101})").execute();
			assertThat(count(driver, "Kept")).as("and the store takes writes").isEqualTo(101);
		}
	}

	@Test
	void aLastTransactionCutShortIsDroppedOnRequestAndEverythingWrittenBeforeItIsKept() throws IOException {
		Path home = this.dir.resolve("neo4j");
		try (EmbeddedNeo4j neo4j = start(home, false); Driver driver = driver(neo4j)) {
			driver.executableQuery("UNWIND range(1, 100) AS i CREATE (:Kept {i: i})").execute();
			driver.executableQuery("UNWIND range(1, 50) AS i CREATE (:Last {i: i, text: 'the write a full disk cuts'})")
				.execute();
		}
		Path log = lastLogFile(home);
		int end = writtenLength(log);
		// the last 40 bytes of the last transaction become what a disk that ran full leaves: bytes that
		// form no entry
		overwrite(log, end - 40, garbage(40));

		EmbeddedNeo4j plain = null;
		try {
			plain = start(home, false);
		}
		catch (StartupCheckException ex) {
			assertThat(ex.getMessage()).contains("--dutygraph.neo4j.embedded.repair-log-tail=true")
				.doesNotContain("\n");
		}
		finally {
			if (plain != null) {
				plain.close();
			}
		}
		try (EmbeddedNeo4j neo4j = start(home, true); Driver driver = driver(neo4j)) {
			assertThat(count(driver, "Kept")).isEqualTo(100);
			assertThat(count(driver, "Last")).as("the last transaction is whole or gone").isIn(0L, 50L);
			driver.executableQuery("CREATE (:Kept {i: 101})").execute();
			assertThat(count(driver, "Kept")).isEqualTo(101);
		}
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aFullDiskRefusesTheGuardedWriteTurnsHealthDownAndTheStoreStartsAgainOnceSpaceIsFreed() throws Exception {
		try (SmallDisk disk = SmallDisk.mount(this.dir.resolve("disk"), 320)) {
			Path home = disk.path().resolve("neo4j");
			DataSize margin = DataSize.ofMegabytes(8);
			StorageGuard guard = new StorageGuard(home, margin);
			DiskSpaceHealthIndicator health = new DiskSpaceHealthIndicator(home.toFile(), margin);
			EmbeddedNeo4j faulted = start(home, false);
			try (Driver driver = driver(faulted)) {
				driver.executableQuery("UNWIND range(1, 100) AS i CREATE (:Kept {i: i})").execute();
				assertThat(health.health(false).getStatus()).isEqualTo(Status.UP);

				disk.fillLeaving(DataSize.ofMegabytes(2));
				assertThat(health.health(false).getStatus()).isEqualTo(Status.DOWN);
				assertThatThrownBy(() -> guard.requireRoomFor(1000)).isInstanceOf(StorageFullException.class)
					.hasMessageContaining("the data folder " + home.toAbsolutePath().normalize() + " has ")
					.hasMessageContaining("the margin dutygraph.storage.min-free-space of 8.0 MiB");

				// what the guard keeps imports from: a write that runs into the full disk
				assertThatThrownBy(() -> driver.executableQuery("UNWIND range(1, 20000) AS i CREATE (:Lost {i: i, text: "
						+ "reduce(s = '', x IN range(1, 40) | s + 'abcdefghijklmnopqrstuvwxyz')})").execute())
					.isNotNull();
			}
			finally {
				// space freed before the stop: Neo4j retries its last flush until it succeeds
				disk.free();
				stop(faulted);
			}
			assertThat(health.health(false).getStatus()).isEqualTo(Status.UP);
			try (EmbeddedNeo4j neo4j = startOrRepair(home); Driver driver = driver(neo4j)) {
				assertThat(count(driver, "Kept")).isEqualTo(100);
				assertThat(count(driver, "Lost")).isIn(0L, 20000L);
			}
		}
	}

	/** Stops a store that met a fault; its stop may fail too, which the next start must cope with. */
	private static void stop(EmbeddedNeo4j neo4j) {
		try {
			neo4j.close();
		}
		catch (RuntimeException ex) {
			// the next start is what counts
		}
	}

	/** A plain start; when it says in one line to repair the log tail, the start it names. */
	private static EmbeddedNeo4j startOrRepair(Path home) {
		try {
			return start(home, false);
		}
		catch (StartupCheckException ex) {
			EmbeddedNeo4j repaired = start(home, true);
			assertThat(ex.getMessage()).contains("--dutygraph.neo4j.embedded.repair-log-tail=true").doesNotContain("\n");
			return repaired;
		}
	}

	private static EmbeddedNeo4j start(Path home, boolean repair) {
		return EmbeddedNeo4j.start(new DutyGraphProperties.Embedded(true, home, 0, "127.0.0.1", "8m", null, repair),
				Duration.ofMinutes(3));
	}

	private static Driver driver(EmbeddedNeo4j neo4j) {
		return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(neo4j.user(), neo4j.password()));
	}

	private static long count(Driver driver, String label) {
		return driver.executableQuery("MATCH (n:" + label + ") RETURN count(n) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	private static Path lastLogFile(Path home) throws IOException {
		try (Stream<Path> files = Files.list(home.resolve("data/transactions/neo4j"))) {
			return files.filter((f) -> f.getFileName().toString().startsWith("neostore.transaction.db"))
				.max(Comparator.comparing(Path::toString))
				.orElseThrow();
		}
	}

	/** Where the entries of a preallocated log end: the zeros after them are its unused room. */
	private static int writtenLength(Path log) throws IOException {
		byte[] bytes = Files.readAllBytes(log);
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] == 0) {
			end--;
		}
		return end;
	}

	private static byte[] garbage(int length) {
		byte[] garbage = new byte[length];
		Arrays.fill(garbage, (byte) 0x7F);
		return garbage;
	}

	private static void overwrite(Path log, long position, byte[] bytes) throws IOException {
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
			file.seek(position);
			file.write(bytes);
		}
	}

	/** A tmpfs of a few megabytes, mounted for one test; skips the test where mounting is not allowed. */
	record SmallDisk(Path path) implements AutoCloseable {

		static SmallDisk mount(Path path, int megabytes) throws IOException, InterruptedException {
			Files.createDirectories(path);
			String output = run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs",
					path.toAbsolutePath().toString());
			Assumptions.assumeTrue(output == null, "skipped: a small tmpfs cannot be mounted here (needs root): " + output);
			return new SmallDisk(path);
		}

		void fillLeaving(DataSize free) throws IOException {
			try (FileChannel filler = FileChannel.open(this.path.resolve("filler"), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
				ByteBuffer block = ByteBuffer.allocate(256 * 1024);
				while (Files.getFileStore(this.path).getUsableSpace() > free.toBytes()) {
					block.clear();
					filler.write(block);
				}
			}
		}

		void free() throws IOException {
			Files.deleteIfExists(this.path.resolve("filler"));
		}

		@Override
		public void close() throws IOException, InterruptedException {
			run("umount", "-l", this.path.toAbsolutePath().toString());
		}

		/** Null when the command succeeded, else what it printed. */
		private static String run(String... command) throws IOException, InterruptedException {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes()).strip();
			return (process.waitFor() == 0) ? null : command[0] + " exited " + process.exitValue() + ": " + output;
		}

	}

}
