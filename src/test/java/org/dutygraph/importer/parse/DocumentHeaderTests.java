package org.dutygraph.importer.parse;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The notice header of each seed document, with the values as printed. */
class DocumentHeaderTests {

	@ParameterizedTest
	@CsvSource({ "000, 高政办发〔2021〕17号, 2021-04-25, 高平市, 3", "001, 沁政办发〔2022〕27号, 2022-07-08, 沁水县, 3",
			"002, 阳政办发〔2021〕41号, 2021-05-24, 阳城县, 3", "003, 陵政办发〔2023〕13号, 2023-06-12, 陵川县, 3",
			"004, 晋市环发〔2022〕126号, 2022-08-08, 晋城市, 1" })
	void readsNumberDateJurisdictionAndPlans(String doc, String number, LocalDate date, String area, int plans) {
		ParsedDocument document = SeedCorpus.parsed(doc);
		assertThat(document.docNumber()).isEqualTo(number);
		assertThat(document.issuedOn()).isEqualTo(date);
		assertThat(document.jurisdiction()).isEqualTo(area);
		assertThat(document.plans()).hasSize(plans);
		assertThat(document.problems()).noneMatch(p -> p.severity().equals("ERROR"));
	}

	@Test
	void hardWrappedNoticeTitleIsJoinedAndLetterSpacingRemoved() {
		ParsedDocument document = SeedCorpus.parsed("001");
		assertThat(document.title())
			.isEqualTo("沁水县人民政府办公室关于印发沁水县空气质量改善、水环境质量巩固提升和土壤污染防治 2022 年行动计划的通知");
		assertThat(document.issuers()).containsExactly("沁水县人民政府办公室");
		assertThat(document.addressees()).containsExactly("各乡（镇）人民政府", "开发区管委会", "县人民政府各委、办、局");
	}

	@Test
	void jointNoticeHasBothIssuers() {
		ParsedDocument document = SeedCorpus.parsed("004");
		assertThat(document.issuers()).containsExactly("晋城市生态环境局", "晋城市发展和改革委员会");
		assertThat(document.addressees()).containsExactly("各县（市、区）人民政府", "开发区管委会", "市直相关部门");
		assertThat(document.plans()).singleElement().satisfies(plan -> {
			assertThat(plan.key()).isEqualTo("ECO_5YR");
			assertThat(plan.year()).isEqualTo(2021);
			assertThat(plan.endYear()).isEqualTo(2025);
			assertThat(plan.title()).isEqualTo("晋城市“十四五”生态环境保护规划");
		});
	}

	@Test
	void countyPlansAreKeyedByTopicWithTitleYearAndLines() {
		ParsedDocument document = SeedCorpus.parsed("000");
		assertThat(document.plans()).extracting(ParsedPlan::key).containsExactly("AIR", "WATER", "SOIL");
		ParsedPlan water = document.plans().get(1);
		assertThat(water.title()).isEqualTo("高平市 2021 年水生态环境保护行动计划");
		assertThat(water.year()).isEqualTo(2021);
		assertThat(water.lineStart()).isEqualTo(226);
		assertThat(water.lineEnd()).isEqualTo(360);
	}

	@Test
	void planWrappedOverTwoLinesIsFound() {
		ParsedPlan water = SeedCorpus.plan("001", "WATER");
		assertThat(water.lineStart()).isEqualTo(790);
		assertThat(water.title()).isEqualTo("沁水县水环境质量巩固提升 2022 年行动计划");
		assertThat(water.citations()).extracting(ParsedCitation::docNumber).contains("晋市政办〔2022〕11号");
	}

	@Test
	void fiveYearPlanHasChaptersAndSections() {
		ParsedPlan plan = SeedCorpus.plan("004", "ECO_5YR");
		assertThat(plan.headings()).hasSize(59);
		assertThat(plan.headings().get(0).path()).containsExactly("第一章");
		assertThat(plan.lineStart()).isEqualTo(87);
	}

}
