package org.dutygraph.importer.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnexTableParserTests {

	private static final AnnexTables GAOPING_AIR = SeedPlans.parse("000", "高平市", "AIR", 2021, 156, 225);

	private static final AnnexTables QINSHUI_AIR = SeedPlans.parse("001", "沁水县", "AIR", 2022, 494, 789);

	private static final AnnexTables QINSHUI_WATER = SeedPlans.parse("001", "沁水县", "WATER", 2022, 1157, 1255);

	private static final AnnexTables YANGCHENG_AIR = SeedPlans.parse("002", "阳城县", "AIR", 2021, 158, 216);

	private static final AnnexTables LINGCHUAN_AIR = SeedPlans.parse("003", "陵川县", "AIR", 2023, 114, 238);

	private static final AnnexTables JINCHENG = SeedPlans.parse("004", "晋城市", "ECO_5YR", 2021, 87, 690);

	@ParameterizedTest(name = "{0} {2}")
	@CsvSource(textBlock = """
			000, 高平市, AIR,     2021, 156,  225, 37, 0,  0
			000, 高平市, WATER,   2021, 334,  361, 0,  9,  3
			001, 沁水县, AIR,     2022, 494,  789, 28, 0,  0
			001, 沁水县, WATER,   2022, 1157, 1255, 0, 11, 3
			002, 阳城县, AIR,     2021, 158,  216, 41, 0,  0
			002, 阳城县, WATER,   2021, 321,  338, 0,  3,  3
			003, 陵川县, AIR,     2023, 114,  238, 29, 0,  0
			003, 陵川县, WATER,   2023, 306,  323, 0,  3,  3
			004, 晋城市, ECO_5YR, 2021, 87,   690, 0,  40, 0
			""")
	void readsEveryRowOfEveryTable(String file, String jurisdiction, String plan, int year, int from, int to, int rows,
			int projects, int sections) {
		AnnexTables tables = SeedPlans.parse(file, jurisdiction, plan, year, from, to);

		assertThat(tables.rows()).hasSize(rows);
		assertThat(tables.projects()).hasSize(projects);
		assertThat(tables.sections()).hasSize(sections);
		assertThat(tables.rows()).allSatisfy(r -> {
			assertThat(r.kind()).isEqualTo(TaskKind.TABLE_ROW);
			assertThat(r.localId()).isEqualTo(r.path().get(0) + "/" + r.number());
			assertThat(r.text()).isNotBlank();
		});
	}

	@Test
	void joinsAUnitNameBrokenByACellWrap() {
		ParsedTask row8 = row(GAOPING_AIR, "附件2/8");

		assertThat(row8.units()).extracting(UnitMention::asWritten).containsExactly("晋城市生态环境局高平分局");
		assertThat(row8.path()).containsExactly("附件2", "8");
		assertThat(row8.line()).isEqualTo(184);
		assertThat(row8.category()).isEqualTo("围绕清洁能源结构减排");
	}

	@Test
	void inheritsUnitsOfAVerticallyMergedCell() {
		for (int n = 28; n <= 34; n++) {
			assertThat(row(GAOPING_AIR, "附件2/" + n).units()).singleElement().satisfies(u -> {
				assertThat(u.asWritten()).isEqualTo("晋城市生态环境局高平分局");
				assertThat(u.inferred()).isTrue();
			});
		}
		assertThat(row(GAOPING_AIR, "附件2/27").units().get(0).inferred()).isFalse();
	}

	@Test
	void reportsEmptyDeadlineCellsInsteadOfGuessing() {
		assertThat(row(GAOPING_AIR, "附件2/10").deadlines()).isEmpty();
		assertThat(GAOPING_AIR.problems()).extracting(ParseProblem::line).contains(186, 188);
		assertThat(GAOPING_AIR.rows()).noneMatch(r -> r.text().contains("马村镇"));
	}

	@Test
	void readsTheFlattenedLedgerOfQinshui() {
		ParsedTask row15 = row(QINSHUI_AIR, "附件/15");

		assertThat(row15.units()).extracting(UnitMention::asWritten).containsExactly("县能源局", "县行政审批服务管理局");
		assertThat(row15.category()).isEqualTo("五、强化煤炭管控");
		assertThat(row15.text()).startsWith("严格落实耗煤项目煤炭减量替代措施").endsWith("一律不予审批、核准、备案。");
		assertThat(row15.line()).isEqualTo(663);
		assertThat(row(QINSHUI_AIR, "附件/1").units()).hasSize(5);
		assertThat(row(QINSHUI_AIR, "附件/4").units().get(4).qualifier()).isEqualTo("按职责分工负责");
		assertThat(row(QINSHUI_AIR, "附件/5").deadlines().get(0).kind()).isEqualTo(DeadlineKind.RECURRING);
		assertThat(row(QINSHUI_AIR, "附件/28").deadlines().get(0).kind()).isEqualTo(DeadlineKind.PERIOD);
		assertThat(row(QINSHUI_AIR, "附件/28").text()).isEqualTo("秋冬季重点工业企业实施错峰生产。");
	}

	@Test
	void readsSpaceSeparatedUnitsAndStatusDeadlinesOfYangcheng() {
		assertThat(row(YANGCHENG_AIR, "附件/1").units()).hasSize(7);
		assertThat(row(YANGCHENG_AIR, "附件/26").units()).extracting(UnitMention::asWritten)
			.containsExactly("住房和城乡建设管理局");
		assertThat(row(YANGCHENG_AIR, "附件/27").units()).extracting(UnitMention::asWritten)
			.containsExactly("交通运输局", "县公安局");
		assertThat(YANGCHENG_AIR.rows()).noneMatch(r -> r.number().equals("22"));
		assertThat(YANGCHENG_AIR.rows().stream().filter(r -> r.deadlines().get(0).raw().equals("已完成")))
			.hasSize(7)
			.allSatisfy(r -> assertThat(r.deadlines().get(0).kind()).isEqualTo(DeadlineKind.UNRESOLVED));
		assertThat(YANGCHENG_AIR.problems()).extracting(ParseProblem::message).anyMatch(m -> m.contains("21跳到23"));
	}

	@Test
	void takesTheDeadlineFromTheCellNotFromTheText() {
		ParsedTask row14 = row(LINGCHUAN_AIR, "附件2/14");

		assertThat(row14.deadlines()).singleElement().satisfies(d -> {
			assertThat(d.raw()).isEqualTo("2023 年 7 月 1 日前");
			assertThat(d.date()).isEqualTo(LocalDate.of(2023, 7, 1));
		});
	}

	@Test
	void readsTheCountyProjectTables() {
		ParsedProject prison = project(QINSHUI_WATER, "附件2/2");
		ParsedProject duanshi = project(QINSHUI_WATER, "附件2/3");

		assertThat(prison.lead()).extracting(UnitMention::asWritten).containsExactly("沁城监狱");
		assertThat(prison.name()).isEqualTo("沁城监狱生活污水处理站升级改造项目");
		assertThat(prison.tier()).isEqualTo("市重点");
		assertThat(duanshi.periodRaw()).contains("开工");
		assertThat(duanshi.deadline().date()).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(project(QINSHUI_WATER, "附件2/4").lead()).extracting(UnitMention::asWritten)
			.containsExactly("晋城市生态局沁水分局");
		AnnexTables gaoping = SeedPlans.parse("000", "高平市", "WATER", 2021, 334, 361);
		assertThat(project(gaoping, "附件2/6").lead()).extracting(UnitMention::asWritten)
			.containsExactly("石末乡人民政府", "寺庄镇人民政府");
		assertThat(gaoping.projects().stream().filter(p -> "省重点".equals(p.tier()))).hasSize(5);
	}

	@Test
	void realignsTheColumnShiftedProjectTableOfTheFiveYearPlan() {
		ParsedProject zhengyuan = project(JINCHENG, "表3/L630");
		ParsedProject vocs = project(JINCHENG, "表3/L623");

		assertThat(zhengyuan.name()).contains("正源污水厂");
		assertThat(zhengyuan.investment()).isEqualTo(4.4);
		assertThat(zhengyuan.lead()).extracting(UnitMention::asWritten).containsExactly("市国有资产投资运营有限公司");
		assertThat(vocs.name()).isEqualTo("重点行业VOCs治理");
		assertThat(vocs.investment()).isEqualTo(0.8);
		assertThat(vocs.deadline().endDate()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(JINCHENG.projects().stream().mapToDouble(ParsedProject::investment).sum()).isCloseTo(145.2505,
				within(1e-6));
		assertThat(JINCHENG.problems()).extracting(ParseProblem::message).anyMatch(m -> m.contains("42"));
	}

	@Test
	void readsTheIndicatorTableOfTheFiveYearPlan() {
		List<ParsedTarget> table2 = JINCHENG.targets().stream().filter(t -> t.year() == 2025).toList();
		Map<Integer, ParsedTarget> byLine = table2.stream().collect(Collectors.toMap(ParsedTarget::line, Function.identity()));

		assertThat(table2).hasSize(23);
		assertThat(table2).filteredOn(t -> "约束性".equals(t.nature())).hasSize(15);
		assertThat(byLine.get(197).metric()).isEqualTo("城市空气质量优良天数比率");
		assertThat(byLine.get(197).value()).isEqualTo("75");
		assertThat(byLine.get(197).unit()).isEqualTo("%");
		assertThat(byLine.get(208).value()).isEqualTo("完成省级要求");
		assertThat(byLine.get(211).value()).isEqualTo("有效保障");
		assertThat(table2).allSatisfy(t -> assertThat(t.scope()).isEqualTo("晋城市"));
	}

	@Test
	void readsTheYearlyRowsOfTheMonthlyAirTargets() {
		assertThat(LINGCHUAN_AIR.targets()).hasSize(24);
		assertThat(LINGCHUAN_AIR.targets()).filteredOn(t -> t.scope().equals("县城") && t.metric().equals("PM2.5"))
			.singleElement()
			.satisfies(t -> assertThat(t.value()).isEqualTo("22"));
		assertThat(LINGCHUAN_AIR.targets()).extracting(ParsedTarget::scope)
			.containsOnly("县城", "礼义镇", "附城镇", "西河底镇");
	}

	@Test
	void readsTwelveMonitoringSections() {
		List<ParsedSection> sections = List.of(SeedPlans.parse("000", "高平市", "WATER", 2021, 334, 361),
				QINSHUI_WATER, SeedPlans.parse("002", "阳城县", "WATER", 2021, 321, 338),
				SeedPlans.parse("003", "陵川县", "WATER", 2023, 306, 323))
			.stream()
			.flatMap(t -> t.sections().stream())
			.toList();
		Map<String, ParsedSection> byName = sections.stream()
			.collect(Collectors.toMap(ParsedSection::name, Function.identity()));

		assertThat(byName).containsOnlyKeys("赵庄", "牛村", "高平河西", "张峰水库出口", "尉迟", "郑庄", "润城", "九女湖", "铁路桥",
				"台北村", "桥西村", "汇源水库出口");
		assertThat(byName.get("尉迟").level()).isEqualTo("省考");
		assertThat(byName.get("尉迟").county()).isEqualTo("沁水县");
		assertThat(byName.get("高平河西").level()).isEqualTo("市考");
		assertThat(byName.get("高平河西").township()).isEqualTo("河西镇");
		assertThat(byName.get("润城").river()).isEqualTo("沁河");
		assertThat(byName.get("润城").assessedUnit()).isEqualTo("县人民政府");
		assertThat(byName.get("汇源水库出口").level()).isEqualTo("市考");
		assertThat(sections).filteredOn(s -> "国考".equals(s.level())).hasSize(4);
	}

	@Test
	void linksRowsToTheBodyTasksTheyDetail() {
		AnnexTableParser parser = new AnnexTableParser();

		List<ParsedTask> gaoping = parser.linkRows(GAOPING_AIR.rows(), SeedPlans.bodyTasks("000", 20, 155));
		List<ParsedTask> qinshui = parser.linkRows(QINSHUI_AIR.rows(), SeedPlans.bodyTasks("001", 25, 493));
		List<ParsedTask> lingchuan = parser.linkRows(LINGCHUAN_AIR.rows(), SeedPlans.bodyTasks("003", 19, 113));

		assertThat(linked(gaoping, "附件2/8")).isEqualTo("7");
		assertThat(linked(gaoping, "附件2/9")).isEqualTo("7");
		assertThat(linked(qinshui, "附件/2")).isEqualTo("4");
		assertThat(linked(qinshui, "附件/25")).isEqualTo("26");
		assertThat(linked(lingchuan, "附件2/4")).isEqualTo("3");
		assertThat(linked(lingchuan, "附件2/9")).isEqualTo("8");
		assertThat(gaoping).allSatisfy(r -> assertThat(r.detailsScore()).isGreaterThanOrEqualTo(0.6));
		assertThat(GAOPING_AIR.rows()).allSatisfy(r -> assertThat(r.detailsTaskLocalId()).isNull());
	}

	@Test
	void leavesAnAmbiguousRowUnlinked() {
		List<ParsedTask> yangcheng = new AnnexTableParser().linkRows(YANGCHENG_AIR.rows(),
				SeedPlans.bodyTasks("002", 19, 157));

		assertThat(yangcheng).filteredOn(r -> r.detailsTaskLocalId() == null)
			.singleElement()
			.satisfies(r -> assertThat(r.localId()).isEqualTo("附件/24"));
		assertThat(yangcheng).filteredOn(r -> r.detailsScore() >= 0.6).hasSize(38);
	}

	private static String linked(List<ParsedTask> rows, String localId) {
		return row(new AnnexTables(rows, List.of(), List.of(), List.of(), List.of()), localId).detailsTaskLocalId();
	}

	private static ParsedTask row(AnnexTables tables, String localId) {
		return tables.rows().stream().filter(r -> r.localId().equals(localId)).findFirst().orElseThrow();
	}

	private static ParsedProject project(AnnexTables tables, String localId) {
		return tables.projects().stream().filter(p -> p.localId().equals(localId)).findFirst().orElseThrow();
	}

}
