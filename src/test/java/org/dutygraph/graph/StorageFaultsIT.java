package org.dutygraph.graph;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.dutygraph.model.StorageFullException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
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
 * Storage faults on a real embedded Neo4j of its own (not the shared test context): a transaction log
 * whose tail was cut short, and a real full disk on a small tmpfs made for the test (root only; it
 * skips with the reason elsewhere). After either, the next start says in one line what to run, and
 * that run starts with every committed node.
 */
class StorageFaultsIT {

	@Test
	void aLogTailCutShortIsNamedInOneLineAndDroppedOnRequest(@TempDir Path dir) throws IOException {
		Path home = dir.resolve("neo4j");
		try (EmbeddedNeo4j neo4j = start(home, false); Driver driver = driver(neo4j)) {
			driver.executableQuery("UNWIND range(1, 100) AS i CREATE (:Kept {i: i})").execute();
		}
		appendGarbageAfterLastEntry(lastLogFile(home));

		assertThatThrownBy(() -> start(home, false)).isInstanceOf(StartupCheckException.class)
			.hasMessageContaining("ends in a write that was cut short")
			.hasMessageContaining("start once with --dutygraph.neo4j.embedded.repair-log-tail=true")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("\n"));

		try (EmbeddedNeo4j neo4j = start(home, true); Driver driver = driver(neo4j)) {
			assertThat(count(driver)).isEqualTo(100);
		}
		try (EmbeddedNeo4j neo4j = start(home, false); Driver driver = driver(neo4j)) {
			assertThat(count(driver)).as("a later plain start needs no repair").isEqualTo(100);
		}
	}

	@Test
	void aFullDiskRefusesImportsTurnsHealthDownAndTheStoreStartsAgainOnceSpaceIsFreed() throws Exception {
		try (SmallDisk disk = SmallDisk.mount(Path.of("target/small-disk-" + ProcessHandle.current().pid()), 64)) {
			Path home = disk.path().resolve("neo4j");
			DataSize margin = DataSize.ofMegabytes(8);
			StorageGuard guard = new StorageGuard(home, margin);
			DiskSpaceHealthIndicator health = new DiskSpaceHealthIndicator(home.toFile(), margin);
			try (EmbeddedNeo4j neo4j = start(home, false); Driver driver = driver(neo4j)) {
				driver.executableQuery("UNWIND range(1, 100) AS i CREATE (:Kept {i: i})").execute();
				assertThat(health.health(false).getStatus()).isEqualTo(Status.UP);

				disk.fillLeaving(DataSize.ofMegabytes(2));
				assertThat(health.health(false).getStatus()).isEqualTo(Status.DOWN);
				assertThatThrownBy(() -> guard.requireRoomFor(1000)).isInstanceOf(StorageFullException.class)
					.hasMessageContaining("the data folder " + home.toAbsolutePath().normalize() + " has ")
					.hasMessageContaining("dutygraph.storage.min-free-space of 8.0 MiB");

				// What the guard prevents: a write that runs into the full disk
				assertThatThrownBy(() -> driver
					.executableQuery("UNWIND range(1, 20000) AS i CREATE (:Lost {i: i, text: reduce(s = '', x IN "
							+ "range(1, 40) | s + 'abcdefghijklmnopqrstuvwxyz')})")
					.execute()).isNotNull();
			}
			catch (RuntimeException ex) {
				// a store that met a full disk may also fail to shut down cleanly
			}
			disk.free();
			assertThat(health.health(false).getStatus()).isEqualTo(Status.UP);
			EmbeddedNeo4j restarted;
			try {
				restarted = start(home, false);
			}
			catch (StartupCheckException ex) {
				assertThat(ex.getMessage()).contains("--dutygraph.neo4j.embedded.repair-log-tail=true")
					.doesNotContain("\n");
				restarted = start(home, true);
			}
			try (EmbeddedNeo4j neo4j = restarted; Driver driver = driver(neo4j)) {
				assertThat(count(driver)).isEqualTo(100);
			}
		}
	}

	private static EmbeddedNeo4j start(Path home, boolean repair) {
		return EmbeddedNeo4j.start(new DutyGraphProperties.Embedded(true, home, 0, "8m", repair),
				Duration.ofMinutes(5));
	}

	private static Driver driver(EmbeddedNeo4j neo4j) {
		return GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none());
	}

	private static long count(Driver driver) {
		return driver.executableQuery("MATCH (n:Kept) RETURN count(n) AS n").execute().records().get(0).get("n")
			.asLong();
	}

	private static Path lastLogFile(Path home) throws IOException {
		try (Stream<Path> files = Files.list(home.resolve("data/transactions/neo4j"))) {
			return files.filter((f) -> f.getFileName().toString().startsWith("neostore.transaction.db"))
				.max(Comparator.comparing(Path::toString))
				.orElseThrow();
		}
	}

	/** Bytes that are no transaction, right after the last one written: a write cut short. */
	private static void appendGarbageAfterLastEntry(Path log) throws IOException {
		byte[] bytes = Files.readAllBytes(log);
		int end = bytes.length;
		while (end > 0 && bytes[end - 1] == 0) {
			end--;
		}
		try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "rw")) {
			file.seek(end);
			byte[] garbage = new byte[64];
			java.util.Arrays.fill(garbage, (byte) 0x7F);
			file.write(garbage);
		}
	}

	/** A tmpfs of a few megabytes, mounted for one test; skips the test where mounting is not allowed. */
	record SmallDisk(Path path) implements AutoCloseable {

		static SmallDisk mount(Path path, int megabytes) throws IOException, InterruptedException {
			Files.createDirectories(path);
			Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs",
					path.toAbsolutePath().toString())
				.redirectErrorStream(true)
				.start();
			String output = new String(mount.getInputStream().readAllBytes()).strip();
			Assumptions.assumeTrue(mount.waitFor() == 0,
					"skipped: a small tmpfs cannot be mounted here (needs root): " + output);
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
			new ProcessBuilder("umount", this.path.toAbsolutePath().toString()).inheritIO().start().waitFor();
			Files.deleteIfExists(this.path);
		}

	}

}
