package org.dutygraph.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledgers downloaded over real HTTP from the service holding the seed graph, opened with POI and a
 * CSV parser, and held row by row against what the GraphQL API answers for the same plan, unit,
 * township or day: the tasks, their text, lead and supporting units, deadlines as written, deadline
 * state, progress and source line.
 */
class LedgerExportIT extends IntegrationTestSupport {

	static final String QINSHUI_WATER = "001_bc15039033e882c0:WATER";

	/** 沁水县 water task 8, led by 县住建局 (bracket at line 912), due 10 月底前 and 12 月底前 (001 L903–912). */
	static final String QINSHUI_WATER_8 = QINSHUI_WATER + ":三/(三)/8";

	static final String QINSHUI_HOUSING = "沁水县:沁水县住房和城乡建设局";

	/** 郑村镇, 沁水县: one task of its own government, 37 through 各乡（镇）人民政府. */
	static final String ZHENGCUN = "140521105000";

	static final List<String> HEADERS = List.of("序号", "任务内容", "牵头单位", "配合单位", "责任乡镇", "完成时限", "时限状态", "进度",
			"来源", "任务标识");

	static final Map<String, String> STATES = Map.of("ON_TRACK", "正常", "DUE_SOON", "临期", "OVERDUE", "逾期",
			"DONE_LATE", "逾期完成", "NO_DEADLINE", "无截止日期");

	static final Map<String, String> STATUSES = Map.of("NOT_STARTED", "未开始", "IN_PROGRESS", "进行中", "DONE", "已完成",
			"DELAYED", "已延误");

	HttpGraphQlTester graphQl;

	/** The GraphQL answers the ledgers are held against; they list every task with its units, so allow time. */
	@Autowired
	void graphQl(HttpGraphQlTester tester) {
		this.graphQl = tester.mutate()
			.webTestClient((client) -> client.responseTimeout(Duration.ofSeconds(180)))
			.responseTimeout(Duration.ofSeconds(180))
			.build();
	}

	@LocalServerPort
	int port;

	@Test
	void aPlanLedgerIsThePlansTasksInDocumentOrderOnOneSheet() throws Exception {
		List<Map<String, Object>> tasks = planTasks(QINSHUI_WATER);
		try (XSSFWorkbook workbook = get("/export/plans/" + QINSHUI_WATER + ".xlsx").workbook()) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			String planTitle = (String) plan(tasks.get(0)).get("title");
			assertThat(sheet.getSheetName()).isEqualTo(planTitle);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("任务分工台账｜计划：" + planTitle)
				.contains("沁政办发〔2022〕27号")
				.endsWith("时限状态截至 2022-09-01");
			assertThat(LedgerDownload.headers(sheet)).isEqualTo(HEADERS);
			List<Map<String, String>> rows = LedgerDownload.rows(sheet);
			assertThat(ids(rows)).containsExactlyElementsOf(ids(tasks));
			assertRowsMatch(rows, tasks);
			Map<String, String> water8 = row(rows, QINSHUI_WATER_8);
			assertThat(water8.get("任务内容")).startsWith("完善生活污水配套管网。建成区完成剩余量的 70%以上。");
			assertThat(water8.get("牵头单位")).isEqualTo("沁水县住房和城乡建设局（县住建局）");
			assertThat(water8.get("配合单位")).isEmpty();
			assertThat(water8.get("责任乡镇")).isEqualTo("郑村镇人民政府、嘉峰镇人民政府");
			assertThat(water8.get("完成时限")).isEqualTo("10 月底前；12 月底前");
			assertThat(water8.get("时限状态")).isEqualTo("正常");
			assertThat(water8.get("来源")).isEqualTo("沁政办发〔2022〕27号《" + planTitle + "》三/(三)/8，第 903 行，分工见第 912 行");
		}
	}

	@Test
	void theWorkbookHasAFrozenHeaderColumnWidthsAndWrappedText() throws Exception {
		try (XSSFWorkbook workbook = get("/export/plans/" + QINSHUI_WATER + ".xlsx").workbook()) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(sheet.getColumnWidth(1)).isEqualTo(60 * 256);
			assertThat(sheet.getColumnWidth(0)).isLessThan(sheet.getColumnWidth(1));
			assertThat(sheet.getRow(2).getCell(1).getCellStyle().getWrapText()).isTrue();
			assertThat(workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getMergedRegions()).anySatisfy((region) -> assertThat(region.formatAsString())
				.isEqualTo("A1:J1"));
		}
	}

	@Test
	void theCsvLedgerHasTheSameRowsWithAByteOrderMark() throws Exception {
		List<Map<String, Object>> tasks = planTasks(QINSHUI_WATER);
		LedgerDownload download = get("/export/plans/" + QINSHUI_WATER + ".csv");
		List<Map<String, String>> rows = download.csv();
		assertThat(download.csvHeaders()).isEqualTo(HEADERS);
		assertThat(download.header("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''")
			.endsWith(".csv");
		assertThat(ids(rows)).containsExactlyElementsOf(ids(tasks));
		assertRowsMatch(rows, tasks);
		assertThat(row(rows, QINSHUI_WATER_8).get("完成时限")).isEqualTo("10 月底前；12 月底前");
		assertThat(rows.get(0).get("序号")).isEqualTo("1");
		assertThat(rows.get(rows.size() - 1).get("序号")).isEqualTo(String.valueOf(rows.size()));
	}

	@Test
	void anAgencyLedgerHasOneSheetPerPlanWithEveryTaskOfTheUnit() throws Exception {
		Map<String, Object> agency = this.graphQl.documentName("ledgerAgencyTasks")
			.fragmentName("ledgerTaskFields")
			.variable("name", "县住建局")
			.variable("jurisdiction", "沁水县")
			.execute()
			.path("agency")
			.entity(Map.class)
			.get();
		assertThat(agency.get("id")).isEqualTo(QINSHUI_HOUSING);
		List<Map<String, Object>> tasks = nodes(agency.get("tasks"));
		// both the raw id and the percent-encoded id name the unit
		for (String id : List.of(QINSHUI_HOUSING, LedgerDownload.encode(QINSHUI_HOUSING))) {
			try (XSSFWorkbook workbook = get("/export/agencies/" + id + ".xlsx").workbook()) {
				Set<String> planTitles = new LinkedHashSet<>();
				tasks.forEach((t) -> planTitles.add((String) plan(t).get("title")));
				List<String> sheets = new ArrayList<>();
				workbook.forEach((sheet) -> {
					sheets.add(sheet.getSheetName());
					assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
						.startsWith("任务分工台账｜单位：沁水县住房和城乡建设局｜《" + sheet.getSheetName() + "》");
					LedgerDownload.rows(sheet)
						.forEach((row) -> assertThat(row.get("来源")).contains("《" + sheet.getSheetName() + "》"));
				});
				assertThat(sheets).containsExactlyInAnyOrderElementsOf(planTitles).hasSizeGreaterThan(1);
				List<Map<String, String>> rows = LedgerDownload.rows(workbook);
				assertThat(ids(rows)).containsExactlyInAnyOrderElementsOf(ids(tasks));
				assertRowsMatch(rows, tasks);
				assertThat(row(rows, QINSHUI_WATER_8).get("牵头单位")).isEqualTo("沁水县住房和城乡建设局（县住建局）");
			}
		}
		assertRowsMatch(get("/export/agencies/" + LedgerDownload.encode(QINSHUI_HOUSING) + ".csv").csv(), tasks);
	}

	@Test
	void aTownshipLedgerListsInheritedTasksWithTheCollectiveTheyComeThrough() throws Exception {
		Map<String, Object> township = this.graphQl.documentName("ledgerTownshipTasks")
			.fragmentName("ledgerTaskFields")
			.variable("name", "郑村镇")
			.execute()
			.path("township")
			.entity(Map.class)
			.get();
		assertThat(township.get("id")).isEqualTo(ZHENGCUN);
		List<Map<String, Object>> edges = edges(township.get("tasks"));
		assertThat(edges).hasSize(38);
		List<Map<String, Object>> tasks = edges.stream().map((e) -> node(e)).toList();
		for (List<Map<String, String>> rows : List.of(
				LedgerDownload.rows(get("/export/townships/" + ZHENGCUN + ".xlsx").workbook()),
				get("/export/townships/" + ZHENGCUN + ".csv").csv())) {
			assertThat(ids(rows)).containsExactlyInAnyOrderElementsOf(ids(tasks));
			assertRowsMatch(rows, tasks);
			for (Map<String, Object> edge : edges) {
				String via = (String) ((Map<?, ?>) edge.get("via")).get("name");
				String how = Boolean.TRUE.equals(edge.get("inherited")) ? "经" + via : "直接（" + via + "）";
				assertThat(row(rows, (String) node(edge).get("id")).get("承担方式")).isEqualTo(how);
			}
			assertThat(rows).filteredOn((row) -> row.get("承担方式").equals("经各乡（镇）人民政府")).hasSize(37);
			assertThat(row(rows, "001_bc15039033e882c0:AIR:三/(三)/12").get("任务内容")).startsWith("全面治理裸地扬尘");
			assertThat(row(rows, QINSHUI_WATER_8).get("承担方式")).isEqualTo("直接（郑村镇人民政府）");
		}
		try (XSSFWorkbook workbook = get("/export/townships/" + ZHENGCUN + ".xlsx").workbook()) {
			assertThat(LedgerDownload.headers(workbook.getSheetAt(0))).containsExactly("序号", "任务内容", "牵头单位",
					"配合单位", "责任乡镇", "承担方式", "完成时限", "时限状态", "进度", "来源", "任务标识");
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.startsWith("任务分工台账｜乡镇：郑村镇（沁水县）");
		}
	}

	@Test
	void theOverdueLedgerHoldsTheTasksOverdueTasksCountsOnThatDay() throws Exception {
		Map<String, Object> answer = this.graphQl.documentName("ledgerOverdue")
			.fragmentName("ledgerTaskFields")
			.variable("asOf", "2022-11-01")
			.variable("dueBefore", "2022-10-31")
			.execute()
			.returnResponse()
			.getData();
		Map<?, ?> report = (Map<?, ?>) answer.get("overdueTasks");
		// open tasks whose last BY_DATE deadline is before 2022-11-01
		List<Map<String, Object>> overdue = nodes(answer.get("tasks")).stream()
			.filter((t) -> ((String) t.get("dueDate")).compareTo("2022-11-01") < 0 && !"DONE".equals(t.get("status")))
			.toList();
		assertThat(overdue).hasSize((Integer) report.get("total")).isNotEmpty();
		for (List<Map<String, String>> rows : List.of(
				LedgerDownload.rows(get("/export/overdue.xlsx?asOf=2022-11-01").workbook()),
				get("/export/overdue.csv?asOf=2022-11-01").csv())) {
			assertThat(ids(rows)).containsExactlyInAnyOrderElementsOf(ids(overdue));
			Stream.concat(((List<?>) report.get("byAgency")).stream(), ((List<?>) report.get("byTownship")).stream())
				.flatMap((group) -> ((List<?>) ((Map<?, ?>) group).get("tasks")).stream())
				.forEach((task) -> assertThat(ids(rows)).contains((String) ((Map<?, ?>) task).get("id")));
			assertThat(rows).allSatisfy((row) -> assertThat(row.get("时限状态")).isEqualTo("逾期"));
			assertRowsMatch(rows, overdue, false);
		}
	}

	@Test
	void theOverdueLedgerDefaultsToToday() throws Exception {
		int total = this.graphQl.document("{ overdueTasks { total } }")
			.execute()
			.path("overdueTasks.total")
			.entity(Integer.class)
			.get();
		List<Map<String, String>> rows = get("/export/overdue.csv").csv();
		assertThat(rows).hasSize(total);
		try (XSSFWorkbook workbook = get("/export/overdue.xlsx").workbook()) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.startsWith("任务分工台账｜逾期任务")
				.endsWith("时限状态截至 2022-09-01");
		}
	}

	@Test
	void anUnknownIdIsA404ThatSaysWhichAndAMalformedOneA400() throws Exception {
		LedgerDownload unknownPlan = get("/export/plans/001_bc15039033e882c0:NOISE.xlsx");
		assertProblem(unknownPlan, 404, "no plan has id '001_bc15039033e882c0:NOISE'");
		JSONAssert.assertEquals("""
				{"title":"Not Found","status":404,"detail":"no plan has id '001_bc15039033e882c0:NOISE'",
				 "instance":"/export/plans/001_bc15039033e882c0:NOISE.xlsx"}""", unknownPlan.text(), true);
		assertProblem(get("/export/agencies/" + LedgerDownload.encode("沁水县:沁水县不存在局") + ".csv"), 404,
				"no agency has id '沁水县:沁水县不存在局'");
		assertProblem(get("/export/townships/140521999999.xlsx"), 404, "no township has id '140521999999'");
		assertProblem(get("/export/townships/" + LedgerDownload.encode("郑村镇") + ".xlsx"), 400,
				"'郑村镇' is not a township id: a township id is the 12-digit 统计用区划代码");
		assertProblem(get("/export/plans/WATER.xlsx"), 400, "'WATER' is not a plan id");
		assertProblem(get("/export/agencies/" + LedgerDownload.encode("沁水县住房和城乡建设局") + ".xlsx"), 400,
				"is not a agency id");
		assertProblem(get("/export/plans/" + QINSHUI_WATER + ".pdf"), 404, "exported as .xlsx or .csv, not 'pdf'");
		assertProblem(get("/export/overdue.xlsx?asOf=2022-13-01"), 400,
				"asOf must be a date yyyy-MM-dd, was '2022-13-01'");
	}

	/** Every row against its task as the GraphQL API answers it. */
	static void assertRowsMatch(List<Map<String, String>> rows, List<Map<String, Object>> tasks) {
		assertRowsMatch(rows, tasks, true);
	}

	static void assertRowsMatch(List<Map<String, String>> rows, List<Map<String, Object>> tasks, boolean stateToday) {
		assertThat(rows).hasSameSizeAs(tasks);
		for (Map<String, Object> task : tasks) {
			Map<String, String> row = row(rows, (String) task.get("id"));
			assertThat(row.get("任务内容")).isEqualTo(task.get("text"));
			for (Map<String, Object> r : list(task.get("responsibilities"))) {
				String name = (String) ((Map<?, ?>) r.get("agency")).get("name");
				String column = switch ((String) r.get("role")) {
					case "LEAD" -> "牵头单位";
					case "SUPPORT" -> "配合单位";
					default -> "责任乡镇";
				};
				assertThat(row.get(column)).as(task.get("id") + " " + column).contains(name);
			}
			List<String> raws = list(task.get("deadlines")).stream().map((d) -> (String) d.get("raw")).toList();
			assertThat(row.get("完成时限")).isEqualTo(String.join("；", raws));
			if (stateToday) {
				assertThat(row.get("时限状态")).isEqualTo(STATES.get(task.get("deadlineState")));
			}
			assertThat(row.get("进度")).startsWith(STATUSES.get(task.get("status")));
			Map<?, ?> source = (Map<?, ?>) task.get("source");
			assertThat(row.get("来源")).startsWith((String) ((Map<?, ?>) source.get("document")).get("docNumber"))
				.contains("《" + plan(task).get("title") + "》")
				.contains("第 " + source.get("line") + " 行");
		}
	}

	private LedgerDownload get(String path) throws Exception {
		return LedgerDownload.get(this.port, path);
	}

	private static void assertProblem(LedgerDownload download, int status, String message) {
		assertThat(download.status()).as(download.text()).isEqualTo(status);
		assertThat(download.header("Content-Type")).isEqualTo("application/problem+json");
		assertThat(download.text()).contains("\"status\":" + status).contains(message);
	}

	private List<Map<String, Object>> planTasks(String planId) {
		Map<String, Object> page = this.graphQl.documentName("ledgerPlanTasks")
			.fragmentName("ledgerTaskFields")
			.variable("planId", planId)
			.execute()
			.path("tasks")
			.entity(Map.class)
			.get();
		return nodes(page);
	}

	static Map<String, String> row(List<Map<String, String>> rows, String id) {
		return rows.stream().filter((r) -> id.equals(r.get("任务标识"))).findFirst().orElseThrow(() -> new AssertionError(
				"no row for task " + id));
	}

	static List<String> ids(List<? extends Map<String, ?>> rows) {
		return rows.stream().map((r) -> (String) (r.containsKey("任务标识") ? r.get("任务标识") : r.get("id"))).toList();
	}

	static Map<?, ?> plan(Map<String, Object> task) {
		return (Map<?, ?>) task.get("plan");
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> list(Object value) {
		return (List<Map<String, Object>>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> edges(Object connection) {
		Map<String, Object> page = (Map<String, Object>) connection;
		assertThat((Integer) page.get("totalCount")).isLessThan(500);
		return (List<Map<String, Object>>) page.get("edges");
	}

	static List<Map<String, Object>> nodes(Object connection) {
		return edges(connection).stream().map(LedgerExportIT::node).toList();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> node(Map<String, Object> edge) {
		return (Map<String, Object>) edge.get("node");
	}

}
