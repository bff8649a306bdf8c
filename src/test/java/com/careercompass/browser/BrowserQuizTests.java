package com.careercompass.browser;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.careercompass.quiz.Question;
import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person takes the quiz in a real browser, with the mouse and with the keyboard alone,
 * and shares the result.
 */
class BrowserQuizTests extends BrowserTestSupport {

	/**
	 * A statistician who loves presenting: the answers of the persona in PersonaTests.
	 */
	private static final Map<String, String> STATISTICIAN = Map.ofEntries(Map.entry("present", "5"),
			Map.entry("production", "2"), Map.entry("statistics", "5"), Map.entry("software", "2"),
			Map.entry("dataset", "4"), Map.entry("performance", "1"), Map.entry("deeplearning", "3"),
			Map.entry("business", "5"), Map.entry("languages", "1"), Map.entry("sql", "4"), Map.entry("mlfocus", "3"),
			Map.entry("gpu", "1"), Map.entry("background", "stats"));

	@Autowired
	QuizService quizzes;

	@Test
	void answersByClickingLabelsReadsWhyAndSharesTheResult() throws IOException {
		WebDriver driver = this.browser.driver;
		driver.manage().deleteAllCookies();
		driver.get(url("/?lang=en"));
		driver.findElement(By.linkText("Take the quiz")).click();
		this.browser.waitForUrl("/quiz");

		driver.findElement(By.cssSelector("label[for=q-present-5]")).click();
		driver.findElement(By.cssSelector("form.quiz-form button[type=submit]")).click();
		this.browser.waitForUrl("/quiz?v=1&present=5");
		assertThat(driver.findElement(By.cssSelector(".error-summary h2")).getText())
			.isEqualTo("12 questions still need an answer. Your other answers are kept.");
		assertThat(driver.findElement(By.id("q-present-5")).isSelected()).as("the given answer survives").isTrue();

		for (Question question : this.quizzes.quiz().questions()) {
			driver
				.findElement(By
					.cssSelector("label[for=q-" + question.code() + "-" + STATISTICIAN.get(question.code()) + "]"))
				.click();
		}
		this.browser.screenshot("quiz-form-en");
		driver.findElement(By.cssSelector("form.quiz-form button[type=submit]")).click();
		this.browser.waitForUrl("/quiz/result?v=");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your best match: Data Scientist");
		List<WebElement> reasons = driver.findElements(By.cssSelector("#why-heading + .reasons li"));
		assertThat(reasons).hasSizeBetween(3, 5);
		assertThat(reasons.get(0).getText()).startsWith("+").contains("You answered:");
		this.browser.screenshot("quiz-result-en");
		String shared = driver.findElement(By.cssSelector("a.share-link")).getAttribute("href");
		String main = driver.findElement(By.tagName("main")).getText();

		try (Browser fresh = Browser.start()) {
			fresh.driver.get(shared);
			assertThat(fresh.driver.findElement(By.tagName("main")).getText()).isEqualTo(main);
		}

		driver.findElement(By.cssSelector(".lang-switch a[hreflang=fr]")).click();
		this.browser.waitForUrl("lang=fr");
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("Le métier qui vous correspond le mieux : Data Scientist (scientifique des données)");
		this.browser.screenshot("quiz-result-fr");
	}

	@Test
	void answersWithTheKeyboardAlone() {
		WebDriver driver = this.browser.driver;
		driver.get(url("/quiz?lang=en"));
		Quiz quiz = this.quizzes.quiz();
		Actions keys = new Actions(driver);
		driver.findElement(By.tagName("h1")).click();
		for (int i = 0; i < 40 && !"q-present-1".equals(active(driver)); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		assertThat(active(driver)).isEqualTo("q-present-1");
		for (Question question : quiz.questions()) {
			String wanted = STATISTICIAN.get(question.code());
			int position = question.likert() ? Integer.parseInt(wanted)
					: question.options().stream().map(Question.Option::code).toList().indexOf(wanted) + 1;
			if (position == 1) {
				keys.sendKeys(Keys.SPACE).perform();
			}
			for (int step = 1; step < position; step++) {
				keys.sendKeys(Keys.ARROW_RIGHT).perform();
			}
			assertThat(driver.findElement(By.id("q-" + question.code() + "-" + wanted)).isSelected())
				.as(question.code())
				.isTrue();
			keys.sendKeys(Keys.TAB).perform();
		}
		keys.sendKeys(Keys.ENTER).perform();
		this.browser.waitForUrl("/quiz/result");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your best match: Data Scientist");
	}

	private static String active(WebDriver driver) {
		return driver.switchTo().activeElement().getAttribute("id");
	}

}
