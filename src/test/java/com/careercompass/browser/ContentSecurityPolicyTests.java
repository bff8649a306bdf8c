package com.careercompass.browser;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API explorer works in a real browser under the policy of its own (docs/security.md)
 * without a Content-Security-Policy violation, and the browsers' watcher sees a violation
 * when there is one. The portal's own pages are checked in {@link PageSweepTests}.
 */
class ContentSecurityPolicyTests extends BrowserTestSupport {

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
