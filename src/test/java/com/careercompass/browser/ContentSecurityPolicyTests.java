package com.careercompass.browser;

import java.time.Duration;
import java.util.stream.Stream;

import com.careercompass.support.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No page raises a Content-Security-Policy violation in a real browser, the API explorer
 * included (which gets a policy of its own, docs/security.md): nothing inline is blocked,
 * no icon or style is missing.
 */
class ContentSecurityPolicyTests extends BrowserTestSupport {

	@BeforeAll
	void watch() {
		this.browser.watchCspViolations();
	}

	static Stream<Arguments> pages() {
		return Pages.ALL.stream().flatMap((page) -> Stream.of("en", "fr").map((lang) -> Arguments.of(page, lang)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("pages")
	void noPageViolatesThePolicy(String page, String language) {
		this.browser.driver.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
		assertThat(this.browser.driver.findElement(By.tagName("h1")).getText()).isNotBlank();
		assertThat(this.browser.cspViolations()).as(page).isEmpty();
	}

	@Test
	void theApiExplorerWorksWithoutViolations() {
		this.browser.driver.get(url("/swagger-ui/index.html"));
		new WebDriverWait(this.browser.driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary")));
		assertThat(this.browser.driver.findElements(By.cssSelector(".opblock-summary")))
			.as("the explorer lists the API's operations")
			.hasSizeGreaterThan(5);
		this.browser.driver.findElement(By.cssSelector(".opblock-summary")).click();
		new WebDriverWait(this.browser.driver, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-body")));
		assertThat(this.browser.cspViolations()).isEmpty();
	}

	/** The watcher itself: an inline style attribute is reported. */
	@Test
	void aViolationIsSeen() {
		this.browser.driver.get(url("/"));
		this.browser.driver.executeScript("document.body.setAttribute('style', 'color: red');");
		assertThat(this.browser.cspViolations()).anySatisfy((v) -> assertThat(v).startsWith("style-src"));
	}

}
