package org.dutygraph.importer.parse;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wordings of issue 9 in one plan of a place the reference data does not know
 * (fixtures/documents/gh-9-other-wordings.txt): role words after the units, traditional characters, a
 * collective holding a 、, a paragraph whose only unit is 各县（市、区）人民政府, responsibility in the
 * task's own sentence, labels on lines of their own with a suffix shared over a list of places, a task
 * table whose 配合单位 column comes before 牵头单位 and whose rows carry their deadlines in their text,
 * deadlines without a year.
 */
class OtherWordingsTests {

	private static ParsedDocument document;

	@BeforeAll
	static void parse() throws IOException {
		try (InputStream in = OtherWordingsTests.class.getResourceAsStream("/fixtures/documents/gh-9-other-wordings.txt")) {
			document = new PlanDocumentParser().parse("gh-9-other-wordings.txt", in.readAllBytes());
		}
	}

	@ParameterizedTest(name = "task {0}")
	@CsvSource(delimiter = '|', textBlock = """
			1 | 市生态环境局=LEAD;市发展和改革局=SUPPORT;工业和信息化局=SUPPORT;各县、区人民政府（管委会）=TERRITORIAL
			2 | 市农委=LEAD;市环保局=SUPPORT;各县（市、区）人民政府=TERRITORIAL
			3 | 省水利廳=LEAD;省發改委=SUPPORT;省財政廳=SUPPORT;各市人民政府=TERRITORIAL
			4 | 各县（市、区）人民政府=null
			5 | 市水务局=LEAD;市生态环境局=SUPPORT;市住建局=SUPPORT
			6 | 市工信局=LEAD;市生态环境局=SUPPORT;临汾经济开发区管委会=SUPPORT;侯马经济开发区管委会=SUPPORT;洪洞经济开发区管委会=SUPPORT
			""")
	void readsTheUnitsAndRolesOfEachWording(String number, String expected) {
		assertThat(roles(task("一/(一)/" + number))).containsExactly(expected.split(";"));
	}

	@Test
	void theIssuingPlaceAndPlanYearComeFromTheTitle() {
		assertThat(document.jurisdiction()).isEqualTo("临汾市");
		assertThat(document.plans().get(0).year()).isEqualTo(2023);
	}

	@Test
	void responsibilityInTheSentenceCitesItsOwnWords() {
		assertThat(task("一/(一)/5").rawBracket()).isEqualTo("由市水务局牵头，市生态环境局、市住建局配合");
	}

	@Test
	void tableColumnsInAnyOrderGiveLeadThenSupport() {
		assertThat(roles(task("附件/1"))).containsExactly("市能源局=null", "市生态环境局=SUPPORT");
		assertThat(roles(task("附件/2"))).containsExactly("市生态环境局=null", "市公安局=SUPPORT", "市交通运输局=SUPPORT");
	}

	@Test
	void tableRowsReadTheDeadlinesOfTheirText() {
		assertThat(task("附件/1").deadlines()).singleElement().satisfies(d -> {
			assertThat(d.raw()).isEqualTo("3月份");
			assertThat(d.date()).isEqualTo(LocalDate.of(2023, 3, 31));
		});
		assertThat(task("附件/2").deadlines()).extracting(DeadlineExpr::date).containsExactly(LocalDate.of(2023, 4, 30));
	}

	@Test
	void deadlinesWithoutAYearTakeThePlanYearAndTheReportSaysSo() {
		assertThat(task("一/(一)/1").deadlines()).extracting(DeadlineExpr::date).containsExactly(LocalDate.of(2023, 3, 31));
		assertThat(document.problems()).anySatisfy(p -> {
			assertThat(p.severity()).isEqualTo("INFO");
			assertThat(p.message()).contains("without a year", "3月底前", "plan year 2023");
		});
	}

	@Test
	void aFragmentWithoutYearKeepsYearlessDeadlinesUndatedNeverInYearZero() {
		ParsedDocument fragment = new PlanDocumentParser().parse("fragment.txt",
				"1.全面治理裸地扬尘。3月底前完成排查。〔责任单位：县住建局〕\n");
		ParsedTask only = fragment.plans().get(0).tasks().get(0);
		assertThat(only.deadlines()).singleElement().satisfies(d -> {
			assertThat(d.raw()).isEqualTo("3月底前");
			assertThat(d.kind()).isEqualTo(DeadlineKind.UNRESOLVED);
			assertThat(d.date()).isNull();
		});
		assertThat(fragment.problems()).anySatisfy(p -> assertThat(p.message()).contains("kept undated"));
	}

	private static ParsedTask task(String localId) {
		return document.plans()
			.stream()
			.flatMap(p -> p.tasks().stream())
			.filter(t -> t.localId().equals(localId))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no task " + localId));
	}

	private static List<String> roles(ParsedTask task) {
		return task.units().stream().map(u -> u.asWritten() + "=" + u.explicitRole()).toList();
	}

}
