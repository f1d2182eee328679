package org.dutygraph.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both given by path so that
 * Selenium never looks for (or downloads) a driver or browser of its own. Every profile is fresh,
 * downloads land in a folder of the test, screenshots under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("dutygraph.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("dutygraph.test.chromedriver", "/usr/bin/chromedriver"));

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	final ChromeDriver driver;

	final Path downloads;

	private final String base;

	private Browser(ChromeDriver driver, Path downloads, String base) {
		this.driver = driver;
		this.downloads = downloads;
		this.base = base;
	}

	/**
	 * Starts the browser, or skips the test with the reason when it is not installed. Under CI
	 * ({@code CI=true}, which {@code .ci/run} sets) a missing browser fails instead: there the suite
	 * must run.
	 */
	static Browser start(String base, Path workDir) throws IOException {
		String missing = !Files.isExecutable(CHROMIUM) ? "Chromium is not installed at " + CHROMIUM
				: !Files.isExecutable(CHROMEDRIVER) ? "chromedriver is not installed at " + CHROMEDRIVER : null;
		if (missing != null) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail(missing + " (CI=true: the browser suite must run; .ci/run installs chromium and chromium-driver)");
			}
			assumeTrue(false, "Browser suite skipped: " + missing + " (apt-get install chromium chromium-driver)");
		}
		Path downloads = Files.createDirectories(workDir.resolve("downloads"));
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--lang=zh-CN", "--window-size=1400,1000", "--user-data-dir=" + workDir.resolve("profile"));
		Map<String, Object> prefs = new HashMap<>();
		prefs.put("download.default_directory", downloads.toAbsolutePath().toString());
		prefs.put("download.prompt_for_download", false);
		options.setExperimentalOption("prefs", prefs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
		return new Browser(driver, downloads, base);
	}

	void open(String path) {
		this.driver.get(this.base + path);
	}

	/** Waits until the page of the route has rendered, and says why not when it failed. */
	void waitReady(String route) {
		new WebDriverWait(this.driver, Duration.ofSeconds(300)).withMessage(() -> "page " + route + " ready; status "
				+ js("return document.getElementById('status').textContent"))
			.until((d) -> route.equals(js("return window.dutygraph && window.dutygraph.route"))
					&& !"loading".equals(js("return window.dutygraph.status")));
		String status = (String) js("return window.dutygraph.status");
		if (!"ready".equals(status)) {
			fail("page " + route + ": " + js("return document.getElementById('status').textContent"));
		}
	}

	Object js(String script, Object... args) {
		return ((JavascriptExecutor) this.driver).executeScript(script, args);
	}

	WebElement find(String css) {
		return this.driver.findElement(By.cssSelector(css));
	}

	List<WebElement> findAll(String css) {
		return this.driver.findElements(By.cssSelector(css));
	}

	String text(String css) {
		return find(css).getText();
	}

	/** Saves what the window shows as target/screenshots/name.png, at the given height. */
	Path screenshot(String name, int height) throws IOException {
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, height));
		Files.createDirectories(SCREENSHOTS);
		Path target = SCREENSHOTS.resolve(name + ".png");
		Files.copy(this.driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
		return target;
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
