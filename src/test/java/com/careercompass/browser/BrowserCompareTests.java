package com.careercompass.browser;

import java.io.IOException;
import java.util.List;

import com.careercompass.compare.Comparison;
import com.careercompass.compare.ComparisonService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person compares Data Scientist with ML Engineer in a real browser, without JavaScript
 * of ours.
 */
class BrowserCompareTests extends BrowserTestSupport {

	@Autowired
	ComparisonService comparisons;

	@Test
	void aLinkToASectionInsideClosedDetailsOpensIt() {
		var driver = this.browser.driver;
		driver.get(url("/compare/machine-learning-engineer-vs-data-scientist?lang=en#skills-shared"));
		assertThat(driver.findElement(By.id("skills")).getAttribute("open")).isNotNull();
		assertThat(driver.findElement(By.cssSelector("#skills-shared li")).isDisplayed()).isTrue();
	}

	@Test
	void picksTwoRolesFollowsTheOverlapSwitchesToFrenchAndPrints() throws IOException {
		var driver = this.browser.driver;
		driver.manage().deleteAllCookies();
		driver.get(url("/?lang=en"));
		driver.findElement(By.linkText("Compare")).click();
		this.browser.waitForUrl("/compare");
		new Select(driver.findElement(By.id("pick-a"))).selectByVisibleText("Data Scientist");
		new Select(driver.findElement(By.id("pick-b"))).selectByVisibleText("Machine Learning Engineer");
		driver.findElement(By.cssSelector("form.picker button[type=submit]")).click();
		this.browser.waitForUrl("-vs-");

		assertThat(driver.getCurrentUrl()).endsWith("/compare/data-scientist-vs-machine-learning-engineer");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Data Scientist vs ML Engineer");
		Comparison expected = this.comparisons.compare("data-scientist", "machine-learning-engineer");
		String shared = String.valueOf(expected.skills().shared().size());
		assertThat(driver.findElement(By.cssSelector("#skills .overlap-diagram")).isDisplayed())
			.as("the details start closed")
			.isFalse();
		this.browser.screenshot("compare-en");
		driver.findElement(By.cssSelector("#skills > summary")).click();
		assertThat(driver.findElement(By.id("skills")).getAttribute("open")).isNotNull();
		assertThat(driver.findElements(By.cssSelector(".overlap-count")).get(1).getText()).isEqualTo(shared);
		driver.findElement(By.cssSelector("#pay > summary")).sendKeys(Keys.ENTER);
		assertThat(driver.findElement(By.id("pay")).getAttribute("open")).as("opened from the keyboard").isNotNull();
		driver.executeScript("document.getElementById('pay').scrollIntoView()");
		this.browser.screenshot("compare-pay-en");

		driver.findElement(By.linkText(shared + " named for both")).click();
		assertThat(driver.getCurrentUrl()).endsWith("#skills-shared");
		assertThat(driver.findElements(By.cssSelector("#skills-shared li"))).hasSize(expected.skills().shared().size());
		Number top = (Number) driver
			.executeScript("return Math.round(document.getElementById('skills-shared').getBoundingClientRect().top);");
		assertThat(top.longValue()).as("the shared-skills list is scrolled into view").isBetween(-5L, 200L);

		driver.findElement(By.cssSelector(".lang-switch a[hreflang=fr]")).click();
		this.browser.waitForUrl("lang=fr");
		assertThat(driver.getCurrentUrl()).endsWith("/compare/data-scientist-vs-machine-learning-engineer?lang=fr");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Data Scientist ou ingénieur ML");
		this.browser.screenshot("compare-fr");

		driver.navigate().refresh();
		this.browser.media("print");
		try {
			assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
			assertThat(driver.findElement(By.cssSelector(".compare-other")).isDisplayed()).isFalse();
			Number closed = (Number) driver.executeScript("return document.querySelectorAll('details[open]').length;");
			assertThat(closed.intValue()).as("no section opened by hand").isZero();
			// Every list item and table cell, but the charts' (printed as the tables
			// beside them).
			String facts = "[...document.querySelectorAll('#details details li, #details details td')]"
					+ ".filter((e) => !e.closest('.pay-chart, .overlap, .match-table'))";
			@SuppressWarnings("unchecked")
			List<String> hidden = (List<String>) driver.executeScript("return " + facts
					+ ".filter((e) => e.getBoundingClientRect().height == 0).map((e) => e.textContent.trim());");
			Number all = (Number) driver.executeScript("return " + facts + ".length;");
			assertThat(all.intValue()).isGreaterThan(100);
			assertThat(hidden).as("printing shows every closed section").isEmpty();
		}
		finally {
			this.browser.media("");
		}
	}

}
