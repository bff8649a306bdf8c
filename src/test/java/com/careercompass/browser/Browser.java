package com.careercompass.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium, driven by Selenium. Never downloads a browser or a driver:
 * without them the tests are skipped with a message on a developer's machine, and fail
 * under CI ({@code CI=true}).
 */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

	final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	static Browser start() throws IOException {
		requireChromium();
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("SE_AVOID_STATS", "true");
		Path profile = Files.createTempDirectory("chromium-profile");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--lang=en-US", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		driver.manage().window().setSize(new Dimension(1280, 900));
		Browser browser = new Browser(driver, profile);
		browser.watchCspViolations();
		return browser;
	}

	private static void requireChromium() {
		boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (present) {
			return;
		}
		String message = "Chromium or chromedriver not found (" + CHROMIUM + ", " + CHROMEDRIVER
				+ "): real-browser tests skipped. Install them with: apt-get install -y chromium chromium-driver";
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			Assertions.fail(message);
		}
		System.err.println("WARNING: " + message);
		Assumptions.abort(message);
	}

	/**
	 * Waits for a navigation that a click started: its address contains the given text.
	 */
	void waitForUrl(String part) {
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	/** Emulates the reader's colour scheme, through the DevTools protocol. */
	void colorScheme(String scheme) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	void media(String media) {
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
	}

	/**
	 * Emulates a screen of this size, as a phone (under 800 px wide) or a desktop,
	 * through the DevTools protocol.
	 */
	void viewport(int width, int height) {
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 800));
	}

	/** How many screens of the current viewport the open page is tall. */
	double screens() {
		return ((Number) this.driver.executeScript("return document.documentElement.scrollHeight / innerHeight;"))
			.doubleValue();
	}

	/**
	 * A fresh reader for the next test class: no cookies (the language choice is one),
	 * the window's own size, screen media, no preferred colour scheme, a blank page.
	 */
	void reset() {
		forgetReader();
		this.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
		desktop();
		this.driver.manage().window().setSize(new Dimension(1280, 900));
		this.driver.get("about:blank");
	}

	/**
	 * The browser as a reader who never came before would bring it: no cookie. The
	 * language choice is the only thing the portal keeps in a browser (its scripts store
	 * nothing), so a shared link opened after this opens as on another person's phone.
	 */
	void forgetReader() {
		this.driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
	}

	/** Back to the window's own size. */
	void desktop() {
		this.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	/**
	 * Prints the current page to PDF on A4 paper, as Chromium's print dialog would with
	 * the page's own print stylesheet.
	 * @return the PDF
	 */
	byte[] printToPdf() {
		Map<String, Object> result = this.driver.executeCdpCommand("Page.printToPDF",
				Map.of("paperWidth", 8.27, "paperHeight", 11.69, "preferCSSPageSize", true, "printBackground", true));
		return Base64.getDecoder().decode((String) result.get("data"));
	}

	/**
	 * Every page this browser opens records the Content-Security-Policy violations it
	 * raises (the {@code securitypolicyviolation} events), read back by
	 * {@link #cspViolations()}. The listener is added by the DevTools protocol, before
	 * any of the page's own content, and is itself exempt from the policy.
	 */
	private void watchCspViolations() {
		this.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
				"window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push("
						+ "e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + (e.sourceFile || '?')"
						+ " + ':' + e.lineNumber));"));
	}

	/** The violations the current page has raised since it was opened. */
	@SuppressWarnings("unchecked")
	List<String> cspViolations() {
		Object recorded = this.driver.executeScript("return window.__csp;");
		Assertions.assertNotNull(recorded, "the CSP listener is in place");
		return List.copyOf((List<String>) recorded);
	}

	/** Saves a screenshot under target/screenshots, for people to look at. */
	void screenshot(String name) throws IOException {
		Path target = Path.of("target", "screenshots");
		Files.createDirectories(target);
		Files.write(target.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() throws IOException {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.profile);
		}
	}

}
