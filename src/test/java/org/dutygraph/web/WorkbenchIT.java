package org.dutygraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app in a real browser over real HTTP against the seed graph: search → task page → its graph
 * → delay simulator → units to notify → a unit's page and its Excel ledger → a plan's page and its CSV ledger, and an editor's change with
 * the conflict message. Every screen is saved under {@code target/screenshots/}.
 */
class WorkbenchIT extends IntegrationTestSupport {

	/** 沁水县 2022 water task 8 (001 line 912), led by 县住建局; a 30-day slip reaches task 26 and the 尉迟 section. */
	static final String WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	static final String WATER_PLAN = "001_bc15039033e882c0:WATER";

	/** 陵川县 2023 soil task 1, changed by the editor test only. */
	static final String SOIL_1 = "003_4f158027f32d157e:SOIL:二/(一)/1";

	@LocalServerPort
	int port;

	@Test
	void aCoordinatorFindsTheWeichiSewerTaskSimulatesItsDelayAndExportsTheLedger(@TempDir Path work) throws Exception {
		try (Browser browser = Browser.start("http://localhost:" + this.port, work)) {
			browser.open("/");
			browser.waitReady("");
			assertThat(browser.text("#plans")).contains("沁水县水环境质量巩固提升 2022 年行动计划");

			// search, results grouped by kind, Enter submits
			WebElement query = browser.find("#q");
			query.sendKeys("尉迟", Keys.ENTER);
			browser.waitReady("search");
			assertThat(browser.text("section[data-kind=MonitoringSection]")).contains("尉迟");
			assertThat(browser.text("section[data-kind=Task]")).contains("完善生活污水配套管网");
			browser.screenshot("01-search", 1000);

			// the task page, with the seed's answers
			WebElement taskHit = browser.findAll("section[data-kind=Task] a").stream()
				.filter((a) -> a.getText().equals("完善生活污水配套管网"))
				.findFirst()
				.orElseThrow();
			assertThat(taskHit.getAttribute("href")).endsWith("#/task/" + encodeURIComponent(WATER_8));
			taskHit.click();
			browser.waitReady("task");
			assertThat(browser.text("#task-title")).isEqualTo("完善生活污水配套管网");
			String responsibilities = browser.text("#responsibilities");
			assertThat(responsibilities).contains("牵头 沁水县住房和城乡建设局 县住建局 第 912 行",
					"属地 郑村镇人民政府 郑村镇人民政府 第 912 行", "属地 嘉峰镇人民政府");
			assertThat(browser.text("#source-line")).contains("沁政办发〔2022〕27号", "第 903 行");
			assertThat(browser.text("#source-excerpt")).isEqualTo("8.完善生活污水配套管网。建成区完成剩余量的 70%以上。");
			assertThat(browser.text(".responsibility-excerpt")).isEqualTo("〔县住建局、郑村镇人民政府、嘉峰镇人民政府〕");
			assertThat(browser.text("main")).contains("10 月底前", "2022-10-31", "12 月底前", "2022-12-31");
			assertThat(browser.text("#task-status")).isEqualTo("未开始");
			assertThat(browser.text("#dependents")).contains("减排");

			// its graph: drawn, capped, every kind in the legend
			@SuppressWarnings("unchecked")
			Map<String, Object> graph = (Map<String, Object>) browser.js("return window.dutygraph.graphs.task");
			long nodes = (Long) graph.get("nodes");
			assertThat(nodes).isGreaterThan(5).isLessThanOrEqualTo(40);
			assertThat(list(graph.get("ids"))).contains(WATER_8);
			assertThat(list(graph.get("labels"))).contains("Agency", "Township", "MonitoringSection");
			assertThat(browser.js("return document.querySelector('.graph-canvas canvas') !== null")).isEqualTo(true);
			assertThat(browser.text(".legend")).contains("任务", "单位", "乡镇", "断面", "牵头");
			browser.screenshot("02-task", 2400);
			// expand a unit of the graph by keyboard-reachable controls, then collapse it again
			browser.find(".graph-panel details summary").click();
			browser.find(".node-list button[data-id='沁水县:沁水县住房和城乡建设局']").click();
			browser.find(".graph-panel button.expand").click();
			new WebDriverWait(browser.driver, Duration.ofSeconds(60))
				.until((d) -> ((Long) browser.js("return window.dutygraph.graphs.task.total")) > nodes);
			assertThat((Long) browser.js("return window.dutygraph.graphs.task.nodes")).isGreaterThan(nodes);
			browser.find(".graph-panel button.collapse").click();
			assertThat((Long) browser.js("return window.dutygraph.graphs.task.nodes")).isEqualTo(nodes);

			// the delay simulator for 30 days
			browser.find("a[href^='#/delay/']").click();
			browser.waitReady("delay");
			assertThat(browser.text("#projected-date")).isEqualTo("2023-01-30");
			assertThat(browser.text("#affected-places")).contains("尉迟", "郑村镇", "嘉峰镇");
			assertThat(browser.text("#affected-tasks")).contains("减排");
			assertThat(browser.text("#notify [data-role=LEAD]")).contains("沁水县住房和城乡建设局");
			@SuppressWarnings("unchecked")
			Map<String, Object> impact = (Map<String, Object>) browser.js("return window.dutygraph.graphs.delay");
			assertThat(list(impact.get("labels"))).contains("Task", "MonitoringSection", "Township");
			browser.screenshot("03-delay", 2000);
			browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			assertThat(browser.find("#notice h1").isDisplayed()).isTrue();
			assertThat(browser.find("#delay-sim").isDisplayed()).as("the form is not printed").isFalse();
			browser.screenshot("03-delay-notice-print", 1600);
			browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

			// the units to notify lead to a unit's page
			browser.find("#notify [data-role=LEAD] a").click();
			browser.waitReady("unit");
			assertThat(browser.text("#unit-name")).isEqualTo("沁水县住房和城乡建设局");
			assertThat(browser.text("#unit-tasks")).contains("完善生活污水配套管网");
			assertThat(browser.text("#by-role")).contains("牵头");
			assertThat(browser.text("#chain")).contains("沁水县人民政府");
			browser.screenshot("04-unit", 2000);
			Path xlsx = download(browser, "a[data-export=xlsx]",
					"/export/agencies/" + encodeURIComponent("沁水县:沁水县住房和城乡建设局") + ".xlsx", ".xlsx");
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
				List<String> row = rowWith(workbook, "完善生活污水配套管网");
				assertThat(row).as("the ledger row of water task 8").isNotNull();
				assertThat(row).contains("沁水县住房和城乡建设局（县住建局）", "郑村镇人民政府、嘉峰镇人民政府", "10 月底前；12 月底前", WATER_8);
			}
			browser.find("#chain a").click();
			browser.waitReady("unit");
			assertThat(browser.text("#unit-name")).isEqualTo("沁水县人民政府");
			assertThat(browser.text("#children")).contains("沁水县住房和城乡建设局", "郑村镇人民政府");

			// the plan page and its ledger
			browser.open("/#/plan/" + encodeURIComponent(WATER_PLAN));
			browser.waitReady("plan");
			assertThat(browser.js("return document.getElementById('plan-tree').textContent")).asString()
				.contains("(三) 加快补齐生活污水处理短板", "完善生活污水配套管网");
			browser.screenshot("05-plan", 1400);
			Path csv = download(browser, "a[data-export=csv]", "/export/plans/" + encodeURIComponent(WATER_PLAN) + ".csv", ".csv");
			assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF")
				.contains("完善生活污水配套管网", "沁水县住房和城乡建设局");

			browser.open("/#/overdue");
			browser.waitReady("overdue");
			browser.screenshot("06-overdue", 1400);
			browser.open("/#/charts");
			browser.waitReady("charts");
			browser.screenshot("07-charts", 1400);

			assertThat(list(browser.js("return window.dutygraph.cspViolations"))).isEmpty();
		}
	}

	/**
	 * An editor signs in on a task page, another editor changes the task first, so the stale change is
	 * refused with the conflict message; after reloading, the delay is recorded and shows in the history.
	 * The task (陵川县 2023 soil task 1) is one no other test asserts the status of; it stays open.
	 */
	@Test
	void anEditorRecordsADelayAfterBeingToldSomeoneElseChangedTheTaskFirst(@TempDir Path work) throws Exception {
		try (Browser browser = Browser.start("http://localhost:" + this.port, work)) {
			browser.open("/#/task/" + encodeURIComponent(SOIL_1));
			browser.waitReady("task");
			assertThat(browser.text("#task-title")).isEqualTo("严格土壤污染重点监管单位监管");
			browser.find("#editor-name").sendKeys(EDITOR);
			browser.find("#editor-password").sendKeys(PASSWORD, Keys.ENTER);
			browser.waitReady("task");
			int version = Integer.parseInt(browser.text("#task-version"));

			String change = "{\"query\":\"mutation { updateTaskStatus(input: {taskId: \\\"" + SOIL_1
					+ "\\\", status: IN_PROGRESS, reason: \\\"另一位编辑先改\\\", expectedVersion: " + version
					+ "}) { task { version } } }\"}";
			HttpResponse<String> other = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((ADMIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(change, StandardCharsets.UTF_8))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(other.body()).contains("\"version\":" + (version + 1)).doesNotContain("errors");

			browser.js("arguments[0].value = arguments[1]", browser.find("#delay-date"), "2024-03-31");
			browser.find("#delay-reason").sendKeys("资金未到位", Keys.ENTER);
			WebElement message = new WebDriverWait(browser.driver, Duration.ofSeconds(60))
				.until((d) -> browser.find("#editor-message").getText().isEmpty() ? null : browser.find("#editor-message"));
			assertThat(message.getText()).startsWith("冲突：他人已先修改此任务。").contains("version " + (version + 1), "you sent " + version);
			assertThat(message.getAttribute("data-code")).isEqualTo("CONFLICT");
			browser.screenshot("08-conflict", 1000);

			browser.find("#editor-message button.reload").click();
			browser.waitReady("task");
			assertThat(browser.text("#task-status")).isEqualTo("进行中");
			assertThat(browser.text("#history")).contains("另一位编辑先改", ADMIN);
			browser.js("arguments[0].value = arguments[1]", browser.find("#delay-date"), "2024-03-31");
			browser.find("#delay-reason").sendKeys("资金未到位", Keys.ENTER);
			new WebDriverWait(browser.driver, Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
				.until((d) -> browser.text("#history").contains("资金未到位"));
			browser.waitReady("task");
			assertThat(browser.text("#task-status")).isEqualTo("已延误");
			assertThat(browser.text("main")).contains("预计完成 2024-03-31");
			assertThat(Integer.parseInt(browser.text("#task-version"))).isGreaterThan(version + 1);
		}
	}

	/** Clicks the export link, checks where it points, and waits for the browser to have saved the file. */
	private static Path download(Browser browser, String css, String path, String extension) {
		WebElement link = browser.find(css);
		assertThat(URI.create(link.getAttribute("href")).getRawPath()).isEqualTo(path);
		link.click();
		return new WebDriverWait(browser.driver, Duration.ofSeconds(90)).until((d) -> downloaded(browser.downloads, extension));
	}

	/** The cells, as text, of the first row of any sheet with a cell containing text; null when none. */
	private static List<String> rowWith(XSSFWorkbook workbook, String text) {
		DataFormatter format = new DataFormatter();
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> cells.add(format.formatCellValue(cell)));
				if (cells.stream().anyMatch((c) -> c.contains(text))) {
					return cells;
				}
			}
		}
		return null;
	}

	/** What the page's encodeURIComponent makes of an id. */
	private static String encodeURIComponent(String id) {
		return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20").replace("%28", "(").replace("%29", ")");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (List<Object>) value;
	}

	private static Path downloaded(Path folder, String extension) {
		try (var files = Files.list(folder)) {
			return files.filter((f) -> f.getFileName().toString().endsWith(extension)).findFirst().orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
