package org.dutygraph.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.dutygraph.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app in a real browser over real HTTP against the seed graph: search → task page → its graph
 * → delay simulator → units to notify → a unit's page → its ledger export, and an editor's change with
 * the conflict message. Every screen is saved under {@code target/screenshots/}.
 */
class WorkbenchIT extends IntegrationTestSupport {

	/** 沁水县 2022 water task 8 (001 line 912), led by 县住建局; a 30-day slip reaches task 26 and the 尉迟 section. */
	static final String WATER_8 = "001_bc15039033e882c0:WATER:三/(三)/8";

	static final String WATER_PLAN = "001_bc15039033e882c0:WATER";

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
			browser.find("section[data-kind=Task] a[href='#/task/" + URLEncoder.encode(WATER_8, StandardCharsets.UTF_8)
				.replace("+", "%20") + "']").click();
			browser.waitReady("task");
			assertThat(browser.text("#task-title")).isEqualTo("完善生活污水配套管网");
			String responsibilities = browser.text("#responsibilities");
			assertThat(responsibilities).contains("牵头 沁水县住房和城乡建设局 县住建局 第 912 行",
					"属地 郑村镇人民政府 郑村镇人民政府 第 912 行", "属地 嘉峰镇人民政府");
			assertThat(browser.text("#source-line")).contains("912");
			assertThat(browser.text("blockquote.excerpt")).isEqualTo("〔县住建局、郑村镇人民政府、嘉峰镇人民政府〕");
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

			// the units to notify lead to a unit's page
			browser.find("#notify [data-role=LEAD] a").click();
			browser.waitReady("unit");
			assertThat(browser.text("#unit-name")).isEqualTo("沁水县住房和城乡建设局");
			assertThat(browser.text("#unit-tasks")).contains("完善生活污水配套管网");
			assertThat(browser.text("#by-role")).contains("牵头");
			assertThat(browser.text("#chain")).contains("沁水县人民政府");
			browser.screenshot("04-unit", 2000);

			// the plan page and its ledger
			browser.open("/#/plan/" + URLEncoder.encode(WATER_PLAN, StandardCharsets.UTF_8));
			browser.waitReady("plan");
			assertThat(browser.text("#plan-tree")).contains("完善生活污水配套管网");
			browser.screenshot("05-plan", 1400);
			checkExport(browser, "a[data-export=csv]", "/export/plans/" + URLEncoder.encode(WATER_PLAN, StandardCharsets.UTF_8) + ".csv");

			browser.open("/#/overdue");
			browser.waitReady("overdue");
			browser.screenshot("06-overdue", 1400);
			browser.open("/#/charts");
			browser.waitReady("charts");
			browser.screenshot("07-charts", 1400);

			assertThat(list(browser.js("return window.dutygraph.cspViolations"))).isEmpty();
		}
	}

	private void checkExport(Browser browser, String css, String path) throws Exception {
		WebElement link = browser.find(css);
		assertThat(URI.create(link.getAttribute("href")).getRawPath()).isEqualTo(path);
		link.click();
		Path file = new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until((d) -> downloaded(browser.downloads));
		byte[] bytes = Files.readAllBytes(file);
		String csv = new String(bytes, StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains("完善生活污水配套管网", "沁水县住房和城乡建设局");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (List<Object>) value;
	}

	private static Path downloaded(Path folder) {
		try (var files = Files.list(folder)) {
			return files.filter((f) -> !f.getFileName().toString().endsWith(".crdownload")).findFirst().orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
