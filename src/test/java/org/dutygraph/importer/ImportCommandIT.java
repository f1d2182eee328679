package org.dutygraph.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.dutygraph.DutyGraphApplication;
import org.dutygraph.GraphCounts;
import org.dutygraph.importer.read.SeedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar dutygraph.jar import FILE... [--dry-run] [--jurisdiction NAME] [--year YYYY]}: the report it
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

	/** --year gives the plan's year to a text that does not state one: its yearless deadlines take it. */
	@Test
	void theYearOptionDatesTheYearlessDeadlinesOfAPlanThatDoesNotStateItsYear(@TempDir Path dir) throws IOException {
		Path fragment = Files.writeString(dir.resolve("fragment.txt"), "1.全面治理裸地扬尘。3月底前完成排查。〔责任单位：县住建局〕\n");
		Result undated = run("import", fragment.toString(), "--dry-run", "--jurisdiction", "黟县");
		Result dated = run("import", fragment.toString(), "--dry-run", "--jurisdiction", "黟县", "--year", "2023");
		Result wrong = run("import", fragment.toString(), "--dry-run", "--year", "23");
		assertThat(undated.out()).contains("fragment.txt: DRY_RUN", "3月底前", "kept undated");
		assertThat(dated.exit()).isZero();
		assertThat(dated.out()).contains("fragment.txt: DRY_RUN", "3月底前", "plan year 2023").doesNotContain("kept undated");
		assertThat(wrong.exit()).isEqualTo(2);
		assertThat(wrong.out()).contains("--year takes the plan's year as four digits", "got '23'");
	}

	@Test
	void aFileThatCannotBeReadMakesTheExitStatusNonZero(@TempDir Path dir) throws IOException {
		Path binary = Files.write(dir.resolve("scan.txt"), new byte[] { 0x25, 0x50, 0x44, 0x46, 0, 1, 2 });
		Result result = run("import", SEED.toString(), binary.toString(), "--dry-run");
		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.out()).contains("001_bc15039033e882c0.txt: DRY_RUN", "scan.txt: REJECTED", "ERROR line 0:");
	}

	@Test
	void anImportWritesTheDocumentOnceIntoTheConfiguredStore(@TempDir Path dir) throws IOException {
		String store = "--dutygraph.neo4j.embedded.data-dir=" + dir.resolve("neo4j");
		Result first;
		// the service's Bolt port taken (by this test, or by whatever already holds it): the command runs anyway
		try (ServerSocket service = occupy(7687)) {
			first = run("import", SEED.toString(), store);
		}
		Result second = run("import", SEED.toString(), store, "--dutygraph.neo4j.embedded.bolt-port=0");
		assertThat(first.exit()).isZero();
		assertThat(first.out()).contains("001_bc15039033e882c0.txt: IMPORTED", "Task=102");
		assertThat(second.out()).contains("001_bc15039033e882c0.txt: UNCHANGED");
	}

	/**
	 * The command takes the service's one import path: importing the seed folder on the command line
	 * leaves the same nodes and relationships (curated dependencies included) as the service's
	 * first-start import, plus one audit record per document naming the operating-system user.
	 */
	@Test
	void aCommandLineImportWritesTheSameGraphAsTheFirstStartImport(@TempDir Path dir) {
		List<String> args = new ArrayList<>(List.of("import", "seed-data"));
		args.add("--dutygraph.neo4j.embedded.data-dir=" + dir.resolve("command"));
		args.add("--dutygraph.neo4j.embedded.bolt-port=0");
		Map<String, Long> command;
		long commandCurated;
		List<String> auditors;
		String[] commandArgs = args.toArray(String[]::new);
		try (ConfigurableApplicationContext context = DutyGraphApplication.application(commandArgs).run(commandArgs)) {
			assertThat(context.getBean(ImportCommand.class).getExitCode()).isZero();
			Driver driver = context.getBean(Driver.class);
			command = GraphCounts.of(driver);
			commandCurated = curatedEdges(driver);
			auditors = list(driver, "MATCH (a:AuditRecord)-[:ABOUT]->(:Document) RETURN a.who AS v");
		}
		String[] serviceArgs = { "--spring.main.web-application-type=none", "--dutygraph.seed.import-on-start=true",
				"--dutygraph.neo4j.embedded.data-dir=" + dir.resolve("service"), "--dutygraph.neo4j.embedded.bolt-port=0" };
		Map<String, Long> service;
		long serviceCurated;
		try (ConfigurableApplicationContext context = DutyGraphApplication.application(serviceArgs).run(serviceArgs)) {
			Driver driver = context.getBean(Driver.class);
			service = GraphCounts.of(driver);
			serviceCurated = curatedEdges(driver);
		}
		assertThat(auditors).hasSize(service.get("Document").intValue()).containsOnly(System.getProperty("user.name"));
		assertThat(commandCurated).isPositive().isEqualTo(serviceCurated);
		assertThat(withoutRecordsOfTheRun(command)).isEqualTo(withoutRecordsOfTheRun(service));
		assertThat(command).containsEntry("AuditRecord", service.get("Document")).containsEntry("rel:ABOUT",
				service.get("Document"));
	}

	/** Audit records (the command's) and the seed folder's completion marker (the service's). */
	private static Map<String, Long> withoutRecordsOfTheRun(Map<String, Long> counts) {
		Map<String, Long> rest = new TreeMap<>(counts);
		rest.keySet().removeAll(List.of("AuditRecord", "rel:ABOUT", "SeedImport"));
		rest.put("Entity", rest.getOrDefault("Entity", 0L) - counts.getOrDefault("AuditRecord", 0L));
		return rest;
	}

	private static long curatedEdges(Driver driver) {
		return Long.parseLong(list(driver, "MATCH ()-[r:DEPENDS_ON {basis: 'CURATED'}]->() RETURN toString(count(r)) AS v").get(0));
	}

	private static List<String> list(Driver driver, String query) {
		try (Session session = driver.session()) {
			return session.run(query).list((r) -> r.get("v").asString());
		}
	}

	@Test
	void standardOutputHoldsOnlyTheReportAndTheLogGoesToStandardError() {
		Result result = run("import", SEED.toString(), "--dry-run");
		assertThat(result.out()).startsWith("001_bc15039033e882c0.txt: DRY_RUN")
			// findings such as "INFO line 732: ..." belong to the report; log lines ("INFO 123 --- [dutygraph] ...") do not
			.doesNotContainPattern(" INFO \\d+ --- ")
			.doesNotContain("DutyGraphApplication", "[1/1]");
		assertThat(result.progress()).contains(" INFO ", "[1/1]");
	}

	@Test
	void withoutFilesItPrintsItsUsage() {
		Result result = run("import");
		assertThat(result.exit()).isEqualTo(2);
		assertThat(result.out())
			.contains("usage: java -jar dutygraph.jar import FILE|FOLDER... [--dry-run] [--strict] [--jurisdiction NAME]");
	}

	@Test
	void aFolderOfMixedDocumentsImportsInOneCommandWithProgressAndOneSummaryTable(@TempDir Path dir)
			throws IOException {
		Path province = Files.createDirectories(dir.resolve("province/qinshui"));
		Files.write(province.resolve("qinshui.docx"), SeedDocuments.docx("001"));
		Files.write(province.resolve("qinshui.pdf"), SeedDocuments.pdf("001"));
		Files.write(province.resolve("qinshui-gbk.txt"), SeedDocuments.text("001", Charset.forName("GBK")));
		Files.write(dir.resolve("province/chaozhou.html"), SeedDocuments.chaozhouPage());
		Files.write(dir.resolve("province/scan.pdf"), SeedDocuments.scannedPdf(2));

		Result result = run("import", dir.resolve("province").toString(), "--dry-run");

		assertThat(result.exit()).isEqualTo(1);
		assertThat(result.progress()).contains("[1/5] ", "chaozhou.html ... DRY_RUN, ", "[2/5] ",
				"qinshui-gbk.txt ... DRY_RUN, 102 tasks", "[5/5] ", "scan.pdf ... REJECTED");
		String table = result.out().substring(result.out().lastIndexOf("\ndocument") + 1);
		assertThat(table.lines().toList()).hasSize(9);
		assertThat(table.lines().filter((l) -> l.startsWith("qinshui")).map((l) -> l.split("\\s{2,}")).toList())
			.extracting((cells) -> String.join("|", cells))
			// 31 units, all in the reference data; 6 findings: the collective naming some townships, 3 annex rows,
			// and the yearless deadlines of the air and the water plan, which took the plan year
			.containsExactly("qinshui-gbk.txt|TEXT|GBK|DRY_RUN|3|102|31|0|6",
					"qinshui.docx|DOCX|UTF-8 (Office Open XML)|DRY_RUN|3|102|31|0|6",
					"qinshui.pdf|PDF|text layer|DRY_RUN|3|102|31|0|6");
		assertThat(table).containsPattern("scan\\.pdf +- +- +REJECTED").containsPattern("5 documents +1 rejected");
	}

	/** Runs the command as {@code main} does, with standard output and standard error captured. */
	private static ServerSocket occupy(int port) {
		try {
			return new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"));
		}
		catch (IOException ex) {
			return null;
		}
	}

	static Result run(String... args) {
		PrintStream stdout = System.out;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ByteArrayOutputStream progress = new ByteArrayOutputStream();
		PrintStream stderr = System.err;
		System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(progress, true, StandardCharsets.UTF_8));
		try {
			int exit = SpringApplication.exit(DutyGraphApplication.application(args).run(args));
			return new Result(exit, bytes.toString(StandardCharsets.UTF_8), progress.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(stdout);
			System.setErr(stderr);
		}
	}

	record Result(int exit, String out, String progress) {
	}

}
