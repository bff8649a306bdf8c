package com.careercompass.browser;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** What a newcomer does, in a real browser. */
class BrowserJourneyTests extends BrowserTestSupport {

	@Test
	void newcomerFindsMlEngineerPayThenReadsItInFrench() throws IOException {
		var driver = this.browser.driver;
		driver.manage().deleteAllCookies();
		driver.get(url("/?lang=en"));
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Machine Learning Engineer or Data Scientist?");
		this.browser.screenshot("home-en");

		driver.findElement(By.cssSelector(".site-nav a[href=\"/roles\"]")).click();
		this.browser.waitForUrl("/roles");
		driver.findElement(By.linkText("Machine Learning Engineer")).click();
		this.browser.waitForUrl("/roles/machine-learning-engineer");

		// the headline figure at a glance, then every figure in the Pay section, opened
		assertThat(driver.findElement(By.cssSelector("#at-a-glance .glance-pay li")).getText())
			.contains("United States: $115,243", "Mean", "PayScale", "2023");
		driver.findElement(By.cssSelector("#pay > summary")).click();
		WebElement payScale = driver.findElements(By.cssSelector("#pay tbody tr"))
			.stream()
			.filter((row) -> row.getText().contains("$115,243"))
			.findFirst()
			.orElseThrow();
		assertThat(payScale.getText()).contains("Mean", "2023", "PayScale", "DATAVERSITY, 2023");
		this.browser.screenshot("profile-en");

		driver.findElement(By.cssSelector(".lang-switch a[hreflang=fr]")).click();
		this.browser.waitForUrl("lang=fr");
		assertThat(driver.getCurrentUrl()).endsWith("/roles/machine-learning-engineer?lang=fr");
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Ingénieur en Machine Learning (ML Engineer)");
		driver.findElement(By.cssSelector("#pay > summary")).click();
		assertThat(driver.findElements(By.cssSelector("#pay tbody tr"))).anySatisfy(
				(row) -> assertThat(row.getText()).matches("(?s)Moyenne\\s115\\h243\\h\\$US.*2023.*PayScale.*"));
		this.browser.screenshot("profile-fr");
		driver.executeScript("document.getElementById('pay').scrollIntoView()");
		this.browser.screenshot("pay-fr");

		driver.get(url("/roles/chief-vibes-officer"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).as("the chosen language is remembered")
			.isEqualTo("Page introuvable");
		driver.findElement(By.linkText("Voir tous les métiers")).click();
		this.browser.waitForUrl("/roles");
		assertThat(driver.findElements(By.cssSelector(".card"))).hasSize(5);
	}

	@Test
	void pagesFitAPhoneScreenWithoutSideScrolling() {
		var driver = this.browser.driver;
		driver.manage().window().setSize(new Dimension(375, 800));
		try {
			for (String path : new String[] { "/", "/roles", "/roles/machine-learning-engineer",
					"/roles/data-scientist", "/sources" }) {
				driver.get(url(path + "?lang=fr"));
				Long overflow = (Long) driver.executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(overflow).as(path).isLessThanOrEqualTo(0L);
			}
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	@Test
	void printHidesNavigation() {
		var driver = this.browser.driver;
		driver.get(url("/roles/data-scientist?lang=en"));
		this.browser.media("print");
		try {
			assertThat(driver.findElement(By.cssSelector(".site-nav")).isDisplayed()).isFalse();
			assertThat(driver.findElement(By.cssSelector(".lang-switch")).isDisplayed()).isFalse();
			assertThat(driver.findElement(By.tagName("h1")).isDisplayed()).isTrue();
		}
		finally {
			this.browser.media("");
		}
	}

}
