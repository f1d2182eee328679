package org.dutygraph.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.dutygraph.importer.ImportReport.Status;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guards before anything is read: devices and FIFOs are refused (reading /dev/zero would never
 * end), and a file over the size or line limit is refused with the limit and the property that raises
 * it. The seed documents pass the default limits.
 */
class ImportLimitsTests {

	static final Path SEED = Path.of("seed-data");

	static final Path SEED_004 = SEED.resolve("004_882a60ef3097f202.txt");

	static ImportService service(ImportLimits limits) {
		return ImportComponents.dryRunService(ImportComponents.referenceData(null), limits);
	}

	static final ImportService.Options DRY = new ImportService.Options(true, null);

	@Test
	void aDeviceIsRefusedBeforeAnythingIsRead() {
		Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
		ImportReport report = service(ImportLimits.DEFAULT).importFile(Path.of("/dev/zero"), DRY);
		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.findings()).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("not a regular file"));
	}

	@Test
	void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
		Path fifo = dir.resolve("plan.txt");
		Process mkfifo;
		try {
			mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		}
		catch (java.io.IOException ex) {
			Assumptions.abort("mkfifo is not available: " + ex.getMessage());
			return;
		}
		Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
		ImportReport report = service(ImportLimits.DEFAULT).importFile(fifo, DRY);
		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.findings()).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("FIFO"));
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithTheLimitAndItsProperty() throws Exception {
		long size = Files.size(SEED_004);
		ImportReport report = service(new ImportLimits(100_000, 200_000, 100)).importFile(SEED_004, DRY);
		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.findings()).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains(size + " bytes")
				.contains("100000 bytes")
				.contains("dutygraph.importer.max-bytes"));
	}

	@Test
	void aFileOverTheLineLimitIsRefusedWithTheLimitAndItsProperty() {
		ImportReport report = service(new ImportLimits(1_000_000, 100, 100)).importFile(SEED_004, DRY);
		assertThat(report.status()).isEqualTo(Status.REJECTED);
		assertThat(report.findings()).singleElement()
			.satisfies((f) -> assertThat(f.message()).contains("more than 100 lines")
				.contains("dutygraph.importer.max-lines"));
	}

	@Test
	void theSeedDocumentsPassTheDefaultLimits() {
		ImportReport report = service(ImportLimits.DEFAULT).importFile(SEED_004, DRY);
		assertThat(report.status()).isEqualTo(Status.DRY_RUN);
		assertThat(report.nodes()).containsKey("Task");
	}

}
