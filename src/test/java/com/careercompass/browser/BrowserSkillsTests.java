package com.careercompass.browser;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person checks their skills in a real browser with the keyboard alone, reads the
 * picture and what to learn first, and shares the result.
 */
class BrowserSkillsTests extends BrowserTestSupport {

	/**
	 * The form's height at 390 × 844 before any tick, in screens; docs quote it.
	 */
	static final double FORM_SCREENS = 6;

	/**
	 * Python, SQL, Statistics (used at work), Data analysis, in the order of the form.
	 */
	private static final List<String> TICKS = List.of("have-1", "have-b", "have-7", "work-7", "have-8");

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void usedAtWorkIsAskedOnlyOfTickedSkillsSoTheFormTakesHalfTheKeys(String language) {
		WebDriver driver = this.browser.driver;
		this.browser.viewport(390, 844);
		try {
			driver.get(url("/skills-check?lang=" + language));
			List<WebElement> have = driver.findElements(By.cssSelector("input[name=have]"));
			assertThat(have).hasSizeGreaterThan(40);
			assertThat(driver.findElements(By.cssSelector("input[name=work]"))).hasSameSizeAs(have)
				.noneMatch(WebElement::isDisplayed);
			double screens = this.browser.screens();
			System.out.printf("skills check form, %s, 390x844, nothing ticked: %.2f screens%n", language, screens);
			assertThat(screens).as("phone screens before any tick (11-12 before the phone layout was reworked)")
				.isLessThanOrEqualTo(FORM_SCREENS);
			// explanations take one line each on a phone, in full once their skill is
			// ticked
			WebElement hint = driver.findElement(By.id("explain-7")).findElement(By.xpath(".."));
			int clamped = hint.getSize().getHeight();
			driver.findElement(By.id("have-7")).click();
			assertThat(hint.getSize().getHeight()).as("Statistics' explanation, ticked").isGreaterThan(clamped);
			assertThat(driver.findElement(By.id("work-7")).isDisplayed()).as("asked once Statistics is ticked")
				.isTrue();
			Actions keys = new Actions(driver);
			driver.findElement(By.tagName("h1")).click();
			int presses = 0;
			while (presses < 200 && !"BUTTON".equalsIgnoreCase(driver.switchTo().activeElement().getTagName())) {
				keys.sendKeys(Keys.TAB).perform();
				presses++;
			}
			// One stop per skill, the one "used at work" asked, the button (104 presses
			// before).
			assertThat(presses).isEqualTo(have.size() + 2);
		}
		finally {
			this.browser.desktop();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void ticksByKeyboardReadsThePictureAndSharesTheResult(String language) throws IOException {
		boolean en = "en".equals(language);
		WebDriver driver = this.browser.driver;
		driver.manage().deleteAllCookies();
		driver.get(url("/?lang=" + language));
		driver.findElement(By.linkText(en ? "Check your skills" : "Faire le point sur vos compétences")).click();
		this.browser.waitForUrl("/skills-check");
		Actions keys = new Actions(driver);
		driver.findElement(By.tagName("h1")).click();
		for (String box : TICKS) {
			for (int i = 0; i < 40 && !box.equals(active(driver)); i++) {
				keys.sendKeys(Keys.TAB).perform();
			}
			assertThat(active(driver)).isEqualTo(box);
			keys.sendKeys(Keys.SPACE).perform();
			assertThat(driver.findElement(By.id(box)).isSelected()).as(box).isTrue();
		}
		for (int i = 0; i < 200 && !"BUTTON".equalsIgnoreCase(driver.switchTo().activeElement().getTagName()); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		keys.sendKeys(Keys.ENTER).perform();
		this.browser.waitForUrl("/skills-check/result?v=3&have=1.7.8.b&work=7");

		// 2 of ML Engineer's 33 abilities (Python, and statistics through its family), 4
		// of
		// Data Scientist's 22: 12 points apart.
		String percent = en ? "%" : "\u202F%";
		assertThat(texts(driver, "svg.coverage-chart text.bar-value").subList(0, 2))
			.containsExactly("2/33 · 6" + percent, "4/22 · 18" + percent);
		assertThat(driver.findElement(By.cssSelector("p.lead")).getText())
			.startsWith(en ? "Your ticks are closer to Data Scientist"
					: "Vos coches sont plus proches du métier de data scientist");
		String algebra = en ? "Linear algebra and calculus"
				: "Algèbre linéaire et analyse (calcul différentiel et intégral)";
		List<WebElement> firstSteps = driver
			.findElements(By.cssSelector("section.learn-role .route > ol a.step-title"));
		assertThat(firstSteps.get(0).getText()).as("Python ticked: no language to learn").isEqualTo(algebra);
		WebElement folded = driver.findElement(By.cssSelector("section.learn-role details ol li a"));
		assertThat(folded.isDisplayed()).isFalse();
		driver.findElement(By.cssSelector("section.learn-role details summary")).click();
		assertThat(folded.isDisplayed()).as("the rest opens without JavaScript").isTrue();
		assertThat(Axe.violations(this.browser)).isEmpty();
		this.browser.screenshot("skills-result-" + language);

		String shared = driver.findElement(By.cssSelector("a.share-link")).getAttribute("href");
		driver.navigate().refresh();
		String main = driver.findElement(By.tagName("main")).getText();
		// the link carries its language: a reader who never came (no cookie) opens it in
		// it
		assertThat(shared).endsWith("lang=" + language);
		this.browser.forgetReader();
		driver.get(shared + "&utm_source=x");
		assertThat(driver.findElement(By.tagName("main")).getText()).isEqualTo(main);

		firstSteps = driver.findElements(By.cssSelector("section.learn-role .route > ol a.step-title"));
		String skill = firstSteps.get(0).getText();
		firstSteps.get(0).click();
		// the step's page: where to start, a piece of work that shows it, the way back
		this.browser.waitForUrl("/learn/g?role=machine-learning-engineer");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(skill);
		assertThat(driver.findElement(By.cssSelector("a.start-link")).getAttribute("href")).startsWith("http");
		assertThat(driver.findElement(By.cssSelector("p.proof")).getText()).isNotBlank();
		assertThat(driver.findElement(By.cssSelector("main a.action")).getText())
			.isEqualTo(en ? "← Back to your skills check" : "← Retour au point sur vos compétences");
		assertThat(Axe.violations(this.browser)).isEmpty();
		this.browser.screenshot("learn-" + language);
		// and from it, the skill among the role's skills, with the same way back
		driver.findElement(By.cssSelector("main .next-links a[href^='/roles/']")).click();
		this.browser.waitForUrl("#skill-16");
		assertThat(driver.getCurrentUrl()).contains("/roles/machine-learning-engineer?back=");
		WebElement landed = driver.findElement(By.id("skill-16"));
		assertThat(landed.getText()).startsWith(skill);
		// highlighted, clear of the sticky header, with its explanation and the way back
		assertThat(landed.getCssValue("outline-style")).isEqualTo("solid");
		Number top = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return arguments[0].getBoundingClientRect().top", landed);
		Number header = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return document.querySelector('.site-header').getBoundingClientRect().bottom");
		assertThat(top.doubleValue()).as("below the header").isGreaterThanOrEqualTo(header.doubleValue());
		assertThat(landed.findElement(By.cssSelector(".skill-explain")).isDisplayed()).isTrue();
		WebElement back = landed.findElement(By.cssSelector("a.skill-back"));
		assertThat(back.isDisplayed()).isTrue();
		assertThat(back.getText())
			.isEqualTo(en ? "← Back to your skills check" : "← Retour au point sur vos compétences");
		assertThat(driver.findElements(By.cssSelector("a.skill-back")).stream().filter(WebElement::isDisplayed))
			.as("only beside the skill landed on")
			.hasSize(1);
		this.browser.screenshot("skills-landing-" + language);
		back.click();
		this.browser.waitForUrl("/skills-check/result");
		assertThat(driver.findElement(By.tagName("main")).getText()).isEqualTo(main);
	}

	private static List<String> texts(WebDriver driver, String css) {
		return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private static String active(WebDriver driver) {
		return driver.switchTo().activeElement().getAttribute("id");
	}

}
