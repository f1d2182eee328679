package org.dutygraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar dutygraph.jar import FILE... [--dry-run] [--jurisdiction NAME]}: the report it
 * prints and its exit status, with and without a database.
 */
class ImportCommandIT {

	static final Path SEED = Path.of("seed-data/001_bc15039033e882c0.txt");

	@Test
	void aDryRunPrintsTheCountsAndTheFindingsAndWritesNothing() {
		Result result = run("import", SEED.toString(), "--dry-run");
		assertThat(result.exit()).isZero();
		assertThat(result.out()).startsWith("001_bc15039033e882c0.txt: DRY_RUN (sha256 dd6844369644…)")
			.contains("Task=102", "Plan=3", "RESPONSIBLE_FOR=291", "DETAILS=28");
	}

	@Test
	void theReportListsAmbiguousCasesWithTheirLines() {
		Result result = run("import", SEED.toString(), "--dry-run");
		// the ledger gives row 23 to 县住建局 (L740), the body bracket to 各乡（镇）人民政府 (L348)
		assertThat(result.out()).contains("INFO line 732: table row 附件/23 is led by 县住建局, its body task 三/(七)/23")
			.contains("WARNING line 291: collective '各有关乡（镇）人民政府' means some townships without saying which");
	}

	@Test
	void aFileThatCannotBeReadMakesTheExitStatusNonZero(@TempDir Path dir) throws IOException {
		Path binary = Files.write(dir.resolve("scan.txt"), new byte[] { 0x25, 0x50, 0x44, 0x46, 0, 1, 2 });
		Result result = run("import", SEED.toString(), binary.toString(), "--dry-run");
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.out()).contains("001_bc15039033e882c0.txt: DRY_RUN", "scan.txt: REJECTED", "ERROR line 0:");
	}

	@Test
	void anImportWritesTheDocumentOnceIntoTheConfiguredStore(@TempDir Path dir) {
		String store = "--dutygraph.neo4j.embedded.data-dir=" + dir.resolve("neo4j");
		Result first = run("import", SEED.toString(), store, "--dutygraph.neo4j.embedded.bolt-port=0");
		Result second = run("import", SEED.toString(), store, "--dutygraph.neo4j.embedded.bolt-port=0");
		assertThat(first.exit()).isZero();
		assertThat(first.out()).contains("001_bc15039033e882c0.txt: IMPORTED", "Task=102");
		assertThat(second.out()).contains("001_bc15039033e882c0.txt: UNCHANGED");
	}

	@Test
	void withoutFilesItPrintsItsUsage() {
		Result result = run("import");
		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.out())
			.contains("usage: java -jar dutygraph.jar import FILE|FOLDER... [--dry-run] [--strict] [--jurisdiction NAME]");
	}

	private static Result run(String... args) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		int exit = ImportCommand.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8),
				new PrintStream(progress, true, StandardCharsets.UTF_8));
		return new Result(exit, bytes.toString(StandardCharsets.UTF_8), progress.toString(StandardCharsets.UTF_8));
	}

	record Result(int exit, String out, String progress) {
	}

}
