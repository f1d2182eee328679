package org.dutygraph.importer.depend;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.dutygraph.importer.depend.CuratedDependencies.Resolution;
import org.dutygraph.importer.depend.CuratedDependencies.Row;
import org.dutygraph.importer.depend.CuratedDependencies.Unresolved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class CuratedDependenciesTests {

	private static final String HEADER = "dependent\tprerequisite\treason\tsource";

	private static final Pattern SOURCE = Pattern.compile("(\\S+\\.txt)#L(\\d+)(?:-L(\\d+))?");

	private static CuratedDependencies shipped() {
		return CuratedDependencies.load(Path.of(CuratedDependencies.DEFAULT_FILE));
	}

	@Test
	void shippedFileLoadsWithASourceOnEveryRow() {
		List<Row> rows = shipped().rows();

		assertThat(rows).hasSizeBetween(15, 25);
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.reason()).isNotBlank();
			assertThat(row.source()).matches("\\S+\\.txt#L\\d+.*");
		});
	}

	@Test
	void everySourceLineExistsAndHasText() {
		for (Row row : shipped().rows()) {
			Matcher source = SOURCE.matcher(row.source());
			while (source.find()) {
				List<String> lines = SeedTasks.read(source.group(1));
				int first = Integer.parseInt(source.group(2));
				assertThat(first).as(row.source()).isBetween(1, lines.size());
				assertThat(lines.get(first - 1)).as(row.source()).isNotBlank();
			}
		}
	}

	@Test
	void everyShippedRowResolvesAgainstTheRealSeedTasks() {
		Resolution resolution = shipped().resolve(seedTasks());

		assertThat(resolution.unresolved()).isEmpty();
		assertThat(resolution.dependencies()).hasSize(shipped().rows().size()).allSatisfy((d) -> {
			assertThat(d.basis()).isEqualTo(Dependency.CURATED);
			assertThat(d.evidence()).contains(".txt#L");
			assertThat(d.dependentId()).isNotEqualTo(d.prerequisiteId());
		});
	}

	@Test
	void rowsResolveAgainstHandBuiltTasks() {
		TaskRef air25 = task("000_7e6f630d02834975:AIR:四/(二)/25", "NUMBERED", 114);
		TaskRef air18 = task("000_7e6f630d02834975:AIR:三/(六)/18", "NUMBERED", 90);
		TaskRef measure = task("004_882a60ef3097f202:ECO_5YR:第五章/第二节/3", "MEASURE", 364);
		TaskRef wetland = task("002_2958428670c87bc9:WATER:二/(三)/3", "NUMBERED", 273);

		Resolution resolution = shipped().resolve(List.of(air25, air18, measure, wetland));

		assertThat(resolution.dependencies()).extracting(Dependency::dependentId, Dependency::prerequisiteId,
				Dependency::documentId, Dependency::line)
			.containsExactly(tuple(air25.id(), air18.id(), "000_7e6f630d02834975", 114),
					tuple(measure.id(), wetland.id(), "004_882a60ef3097f202", 366));
		assertThat(resolution.unresolved()).extracting(Unresolved::column).contains("dependent", "prerequisite");
	}

	@Test
	void unresolvedReferenceIsReportedWithItsLineInTheFile() {
		CuratedDependencies curated = CuratedDependencies.parse("deps.tsv", List.of("# note", HEADER,
				"000_7e6f630d02834975:AIR:三/(二)/2\t000_7e6f630d02834975:AIR:三/(九)/99\tno such task\t000_7e6f630d02834975.txt#L42"));
		TaskRef air2 = task("000_7e6f630d02834975:AIR:三/(二)/2", "NUMBERED", 42);

		Resolution resolution = curated.resolve(List.of(air2));

		assertThat(resolution.dependencies()).isEmpty();
		assertThat(resolution.unresolved())
			.containsExactly(new Unresolved("000_7e6f630d02834975:AIR:三/(九)/99", "prerequisite", 3));
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiterString = "|", textBlock = """
			a:AIR:1\\tb:AIR:2\\treason                                  | deps.tsv line 3: expected 4 tab-separated columns but found 3
			a:AIR:1\\tb:AIR:2\\treason\\tx.txt#L1\\textra                | deps.tsv line 3: expected 4 tab-separated columns but found 5
			a:AIR:1\\tb:AIR:2\\t \\tx.txt#L1                            | deps.tsv line 3: the reason column is empty
			a:AIR:1\\tb AIR 2\\treason\\tx.txt#L1                        | deps.tsv line 3: the prerequisite reference b AIR 2 is not <document>:<PLAN>:<path> nor <document>:<PLAN>:@L<line>
			a:AIR:1\\tb:AIR:2\\treason\\tline 12                         | deps.tsv line 3: the source line 12 is not <file>.txt#L<line>[-L<line>] (several joined by '; ')
			""")
	void brokenRowIsRejectedNamingFileAndLine(String row, String message) {
		List<String> lines = List.of("# note", HEADER, row.replace("\\t", "\t"));

		assertThatExceptionOfType(CuratedFileException.class)
			.isThrownBy(() -> CuratedDependencies.parse("deps.tsv", lines))
			.withMessage(message)
			.satisfies((ex) -> assertThat(ex.getLine()).isEqualTo(3));
	}

	@Test
	void repeatedPairIsRejected() {
		String row = "a:AIR:1\tb:AIR:2\treason\tx.txt#L1";

		assertThatExceptionOfType(CuratedFileException.class)
			.isThrownBy(() -> CuratedDependencies.parse("deps.tsv", List.of(HEADER, row, row)))
			.withMessage("deps.tsv line 3: the pair a:AIR:1 -> b:AIR:2 is already listed");
	}

	@Test
	void missingHeaderIsRejected() {
		assertThatExceptionOfType(CuratedFileException.class)
			.isThrownBy(() -> CuratedDependencies.parse("deps.tsv", List.of("a:AIR:1\tb:AIR:2\treason\tx.txt#L1")))
			.withMessageStartingWith("deps.tsv line 1: expected the header dependent | prerequisite | reason | source");
	}

	@Test
	void taskNamedOnBothSidesIsReportedNotLinked() {
		CuratedDependencies curated = CuratedDependencies.parse("deps.tsv",
				List.of(HEADER, "004_882a60ef3097f202:ECO_5YR:@L356\t004_882a60ef3097f202:ECO_5YR:@L358\tsame\tx.txt#L1"));
		TaskRef measure = task("004_882a60ef3097f202:ECO_5YR:第五章/第二节/3", "MEASURE", 356);

		Resolution resolution = curated.resolve(List.of(measure));

		assertThat(resolution.dependencies()).isEmpty();
		assertThat(resolution.unresolved()).singleElement().satisfies((u) -> assertThat(u.line()).isEqualTo(2));
	}

	/** Every numbered body task of the county plans, the 004 measures the file names, and 001 ledger row 2. */
	private static List<TaskRef> seedTasks() {
		List<TaskRef> tasks = new ArrayList<>();
		tasks.addAll(SeedTasks.plan("000_7e6f630d02834975.txt", "AIR", 20, 159));
		tasks.addAll(SeedTasks.plan("000_7e6f630d02834975.txt", "WATER", 226, 337));
		tasks.addAll(SeedTasks.plan("000_7e6f630d02834975.txt", "SOIL", 362, 461));
		tasks.addAll(SeedTasks.plan("001_bc15039033e882c0.txt", "AIR", 25, 493));
		tasks.addAll(SeedTasks.plan("001_bc15039033e882c0.txt", "WATER", 790, 1156));
		tasks.addAll(SeedTasks.plan("001_bc15039033e882c0.txt", "SOIL", 1256, 1698, true));
		tasks.addAll(SeedTasks.plan("002_2958428670c87bc9.txt", "AIR", 19, 157));
		tasks.addAll(SeedTasks.plan("002_2958428670c87bc9.txt", "WATER", 217, 320));
		tasks.addAll(SeedTasks.plan("002_2958428670c87bc9.txt", "SOIL", 339, 446));
		tasks.addAll(SeedTasks.plan("003_4f158027f32d157e.txt", "AIR", 19, 113));
		tasks.addAll(SeedTasks.plan("003_4f158027f32d157e.txt", "WATER", 239, 305));
		tasks.addAll(SeedTasks.plan("003_4f158027f32d157e.txt", "SOIL", 324, 403));
		tasks.add(task("001_bc15039033e882c0:AIR:附件/2", TaskRef.TABLE_ROW, 528));
		for (int line : new int[] { 258, 260, 282, 328, 350, 352, 356, 358, 362, 364, 368 }) {
			tasks.add(task("004_882a60ef3097f202:ECO_5YR:L" + line, "MEASURE", line));
		}
		return tasks;
	}

	private static TaskRef task(String id, String kind, int line) {
		int plan = id.indexOf(':', id.indexOf(':') + 1);
		String localId = id.substring(plan + 1);
		return new TaskRef(id, id.substring(0, plan), id.substring(0, id.indexOf(':')), kind,
				List.of(localId.split("/")), null, "", line, List.of());
	}

}
