package com.careercompass.browser;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.careercompass.quiz.Question;
import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

	/** The quiz form's height at 390 × 844, in screens; docs quote it. */
	static final double FORM_SCREENS = 5;

	/**
	 * A statistician who loves presenting: the answers of the persona in Personas.
	 */
	private static final Map<String, String> STATISTICIAN = Map.ofEntries(Map.entry("present", "5"),
			Map.entry("production", "2"), Map.entry("statistics", "5"), Map.entry("software", "2"),
			Map.entry("dataset", "4"), Map.entry("performance", "1"), Map.entry("deeplearning", "3"),
			Map.entry("business", "5"), Map.entry("languages", "1"), Map.entry("sql", "4"), Map.entry("mlfocus", "3"),
			Map.entry("gpu", "1"), Map.entry("platform", "2"), Map.entry("realtime", "2"),
			Map.entry("background", "stats"));

	@Autowired
	QuizService quizzes;

	@Test
	void answersByClickingLabelsReadsTheLeanThePictureTheReasonsAndSharesTheResult() throws IOException {
		WebDriver driver = this.browser.driver;
		driver.manage().deleteAllCookies();
		driver.get(url("/?lang=en"));
		driver.findElement(By.cssSelector(".hero-actions a[href=\"/quiz\"]")).click();
		this.browser.waitForUrl("/quiz");

		driver.findElement(By.cssSelector("label[for=q-present-5]")).click();
		driver.findElement(By.cssSelector("form.quiz-form button[type=submit]")).click();
		this.browser.waitForUrl("/quiz?v=2&present=5");
		assertThat(driver.findElement(By.cssSelector(".error-summary h2")).getText())
			.isEqualTo("14 questions still need an answer. Your other answers are kept.");
		assertThat(driver.findElement(By.id("q-present-5")).isSelected()).as("the given answer survives").isTrue();

		WebElement explanation = driver.findElement(By.cssSelector("#q-performance details.term p"));
		assertThat(explanation.isDisplayed()).isFalse();
		driver.findElement(By.cssSelector("#q-performance details.term summary")).click();
		assertThat(explanation.isDisplayed()).as("the explanation opens without JavaScript").isTrue();
		assertThat(explanation.getText()).contains("Latency is how long one answer takes");

		for (Question question : this.quizzes.quiz().questions()) {
			driver
				.findElement(By
					.cssSelector("label[for=q-" + question.code() + "-" + STATISTICIAN.get(question.code()) + "]"))
				.click();
		}
		this.browser.screenshot("quiz-form-en");
		driver.findElement(By.cssSelector("form.quiz-form button[type=submit]")).click();
		this.browser.waitForUrl("/quiz/result?v=2");
		readResult(driver, "en");
		this.browser.screenshot("quiz-result-en");
		String shared = driver.findElement(By.cssSelector("a.share-link")).getAttribute("href");
		String main = driver.findElement(By.tagName("main")).getText();

		// the shared link, opened by a reader who never came (no cookie), tracking tags
		// added
		this.browser.forgetReader();
		driver.get(shared + "&utm_source=x&fbclid=y");
		assertThat(driver.findElement(By.tagName("main")).getText()).isEqualTo(main);

		driver.findElement(By.cssSelector(".lang-switch a[hreflang=fr]")).click();
		this.browser.waitForUrl("lang=fr");
		readResult(driver, "fr");
		this.browser.screenshot("quiz-result-fr");
		// a link made in French opens in French for a reader who never came (no cookie)
		String sharedFr = driver.findElement(By.cssSelector("a.share-link")).getAttribute("href");
		assertThat(sharedFr).endsWith("lang=fr");
		this.browser.forgetReader();
		driver.get(sharedFr);
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
		readResult(driver, "fr");
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void answersWithTheKeyboardAlone(String language) {
		WebDriver driver = this.browser.driver;
		driver.get(url("/quiz?lang=" + language));
		Quiz quiz = this.quizzes.quiz();
		Actions keys = new Actions(driver);
		driver.findElement(By.tagName("h1")).click();
		String first = "q-" + quiz.questions().get(0).code() + "-1";
		for (int i = 0; i < 40 && !first.equals(active(driver)); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		assertThat(active(driver)).isEqualTo(first);
		for (Question question : quiz.questions()) {
			// A statement with a term has its explanation first: one more Tab to reach
			// the
			// scale.
			for (int i = 0; i < 3 && !active(driver).startsWith("q-" + question.code() + "-"); i++) {
				keys.sendKeys(Keys.TAB).perform();
			}
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
		readResult(driver, language);
	}

	/**
	 * On a phone each statement's six answers are one row of marks, the ends of the scale
	 * spelled out under it, the full wording in each answer's name; the form fits five
	 * screens.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void theSixAnswersOfAStatementTakeOneRowOnAPhone(String language) {
		WebDriver driver = this.browser.driver;
		this.browser.viewport(390, 844);
		try {
			driver.get(url("/quiz?lang=" + language));
			WebElement scale = driver.findElement(By.cssSelector(".scale"));
			List<WebElement> labels = scale.findElements(By.cssSelector("label"));
			assertThat(labels).hasSize(6);
			List<Number> tops = labels.stream().map((label) -> (Number) label.getRect().getY()).distinct().toList();
			assertThat(tops).as("rows of answers (six before the answers shared a row)").hasSize(1);
			assertThat(labels).allSatisfy((label) -> {
				assertThat(label.getRect().getHeight()).as("a finger's height").isGreaterThanOrEqualTo(44);
				assertThat(label.getRect().getWidth()).isGreaterThanOrEqualTo(44);
			});
			assertThat(driver.findElement(By.cssSelector(".scale-ends")).isDisplayed()).isTrue();
			double screens = this.browser.screens();
			System.out.printf("quiz form, %s, 390x844: %.2f screens%n", language, screens);
			assertThat(screens).as("phone screens (8.5-9 before the answers shared a row)")
				.isLessThanOrEqualTo(FORM_SCREENS);
		}
		finally {
			this.browser.desktop();
		}
	}

	private static void readResult(WebDriver driver, String language) {
		boolean en = "en".equals(language);
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo(en ? "Your answers lean clearly towards Data Scientist"
					: "Vos réponses penchent nettement vers le métier de data scientist (scientifique des données)");
		WebElement picture = driver.findElement(By.cssSelector("svg.stance-plot"));
		assertThat(picture.isDisplayed()).isTrue();
		assertThat(driver.findElements(By.cssSelector("svg.stance-plot circle.stance-you"))).hasSize(1);
		assertThat(driver.findElement(By.id("stance-caption")).getText())
			.containsPattern(en ? "your answers agree \\d+% with the work of building" : "s’accordent à \\d+\\h%");
		List<WebElement> reasons = driver.findElements(By.cssSelector("#why-heading + .reasons li"));
		assertThat(reasons).hasSizeBetween(3, 5);
		assertThat(reasons.get(0).getText()).startsWith(
				en ? "You answered: Strongly agree" : "Votre réponse\u202F: «\u202FTout à fait d’accord\u202F»");
		List<WebElement> steps = driver.findElements(By.cssSelector(".route-step"));
		assertThat(steps).isNotEmpty();
		assertThat(steps.get(0).findElement(By.cssSelector("a.step-title")).getAttribute("href"))
			.matches(".*/learn/[0-9a-z]+\\?role=data-scientist&back=%2Fquiz%2Fresult%3F.+");
	}

	private static String active(WebDriver driver) {
		return driver.switchTo().activeElement().getAttribute("id");
	}

}
