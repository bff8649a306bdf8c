package com.careercompass.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader pastes a job ad in a real browser: the result comes at an address with none of
 * the text, refresh shows the same result without posting again, ticking skills says how
 * far they are, the shared link reopens in French, and the CV path opens the skills check
 * ticked.
 */
class BrowserJobAdTests extends BrowserTestSupport {

	private static final String AD = """
			Machine Learning Engineer
			Join the insights team: analyse sales data with SQL, run A/B tests on prices, build Power BI \
			dashboards and present what you find to the sales directors.""";

	@Test
	void aReaderPastesAnAdAndGetsAResultTheyCanRefreshTickAndShare() throws java.io.IOException {
		var driver = this.browser.driver;
		driver.get(url("/job-ad?lang=en"));
		driver.findElement(By.id("ad-text")).sendKeys(AD);
		driver.findElement(By.cssSelector(".jobad-form button[type=submit]")).click();
		this.browser.waitForUrl("/job-ad/result");
		String result = driver.getCurrentUrl();
		assertThat(result).doesNotContainIgnoringCase("sales").doesNotContainIgnoringCase("directors");
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("This ad mostly describes Data Scientist work");
		assertThat(driver.findElement(By.cssSelector(".title-callout")).getText())
			.startsWith("Titled ML Engineer, but the work it describes is mostly Data Scientist work");
		this.browser.screenshot("job-ad-result-en");

		driver.navigate().refresh();
		assertThat(driver.getCurrentUrl()).as("a refresh reads the address again, never the form").isEqualTo(result);
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("This ad mostly describes Data Scientist work");

		WebElement first = driver.findElement(By.cssSelector(".fit-form input[name=have]"));
		first.click();
		driver.findElement(By.cssSelector(".fit-form button[type=submit]")).click();
		this.browser.waitForUrl("have=");
		assertThat(driver.findElement(By.cssSelector(".fit-line")).getText()).startsWith("You have 1 of the");

		driver.findElement(By.cssSelector(".lang-switch a[hreflang=fr]")).click();
		this.browser.waitForUrl("lang=fr");
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Cette annonce décrit surtout le métier de data scientist");
		this.browser.screenshot("job-ad-result-fr");
	}

	@Test
	void aCvOpensTheSkillsCheckTicked() {
		var driver = this.browser.driver;
		driver.get(url("/skills-check/from-cv?lang=en"));
		driver.findElement(By.id("cv-text")).sendKeys("Analyst, 4 years: SQL, Excel and Tableau dashboards.");
		driver.findElement(By.cssSelector(".jobad-form button[type=submit]")).click();
		this.browser.waitForUrl("/skills-check/from-cv/result");
		driver.findElement(By.cssSelector(".hero-actions a.action-primary")).click();
		this.browser.waitForUrl("/skills-check?have=");
		assertThat(driver.findElements(By.cssSelector("input[name=have]:checked"))).hasSize(3);
	}

}
