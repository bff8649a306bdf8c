package com.careercompass.web;

import com.careercompass.support.Html;
import java.util.stream.Collectors;

import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz's routes and every bad input: incomplete forms keep their answers; tampered
 * links get a clear 400.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuizWebTests {

	private static final String STATISTICIAN = "present=5&production=2&statistics=5&software=2&dataset=4&performance=1"
			+ "&deeplearning=3&business=5&languages=1&sql=4&mlfocus=3&gpu=1&background=stats";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	QuizService quizzes;

	@Test
	void formAsksEveryQuestionWithoutJavaScript() {
		Document form = page("/quiz?lang=en", HttpStatus.OK);
		Quiz quiz = this.quizzes.quiz();
		assertThat(form.select("fieldset.question")).hasSize(quiz.questions().size());
		assertThat(form.select("fieldset.question input[type=radio]")).hasSize(12 * 5 + 4);
		assertThat(form.select("form.quiz-form").attr("method")).isEqualTo("get");
		assertThat(form.select("input[name=v]").val()).isEqualTo(String.valueOf(quiz.version()));
		assertThat(form.select("label[for=q-present-5]").text()).isEqualTo("Strongly agree");
		assertThat(form.select("script")).isEmpty();
	}

	@Test
	void completeAnswersRedirectToTheShareableResult() {
		assertThat(this.mvc.get().uri("/quiz?v=1&" + STATISTICIAN)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/quiz/result?v=1&" + STATISTICIAN);
	}

	@Test
	void unansweredQuestionsComeBackMarkedWithTheOtherAnswersKept() {
		Document form = page("/quiz?v=1&present=5&statistics=4&sql=oops&lang=fr", HttpStatus.BAD_REQUEST);
		assertThat(form.select(".error-summary li")).hasSize(11);
		assertThat(form.select(".error-summary h2").text()).startsWith("11 questions attendent encore une réponse");
		assertThat(form.select("#q-present-5").attr("checked")).isNotNull().isEqualTo("checked");
		assertThat(form.select("#q-statistics-4").hasAttr("checked")).isTrue();
		assertThat(form.select("fieldset.question-missing").eachAttr("id")).doesNotContain("q-present", "q-statistics")
			.contains("q-sql", "q-background");
		assertThat(form.select("#q-sql").attr("aria-describedby")).isEqualTo("q-sql-error");
		assertThat(form.select("#q-sql-error").text()).isEqualTo("Merci de répondre à cette question.");
	}

	@Test
	void prefilledFormLetsPeopleChangeSomeAnswers() {
		Document form = page("/quiz?" + STATISTICIAN, HttpStatus.OK);
		assertThat(form.select("input[type=radio][checked]")).hasSize(13);
		assertThat(form.select(".error-summary")).isEmpty();
	}

	@Test
	void resultShowsRecommendationMatchesReasonsAlternativeAndNextSteps() {
		Document result = page("/quiz/result?v=1&" + STATISTICIAN + "&lang=en", HttpStatus.OK);
		assertThat(result.select("h1").text()).isEqualTo("Your best match: Data Scientist");
		assertThat(result.select(".match-bars li")).hasSize(4);
		assertThat(result.select(".match-bars li").first().text()).contains("Data Scientist");
		assertThat(result.select("#why-heading + .reasons li")).hasSizeBetween(3, 5);
		assertThat(result.select("#why-heading + .reasons li").first().text())
			.matches("\\+\\d+ points .*You answered: .*");
		assertThat(result.select("#lower-heading").text()).startsWith("Closest alternative:");
		assertThat(result.select(".steps li")).hasSizeBetween(1, 6);
		assertThat(result.select(".next-links a").eachAttr("href")).contains("/roles/data-scientist");
		assertThat(result.select(".guidance").text()).contains("guidance, not a verdict");
		assertThat(result.select("a.share-link").attr("href")).isEqualTo("/quiz/result?v=1&" + STATISTICIAN);
		assertThat(result.text()).contains("Data Engineer");
	}

	@Test
	void resultIsTheSameInFrench() {
		Document en = page("/quiz/result?v=1&" + STATISTICIAN + "&lang=en", HttpStatus.OK);
		Document fr = page("/quiz/result?v=1&" + STATISTICIAN + "&lang=fr", HttpStatus.OK);
		assertThat(fr.select("html").attr("lang")).isEqualTo("fr");
		assertThat(fr.select("h1").text()).startsWith("Le métier qui vous correspond le mieux");
		assertThat(percents(fr)).isEqualTo(percents(en));
	}

	@Test
	void flatAnswersSayThereIsNoLean() {
		String all = this.quizzes.quiz()
			.statements()
			.stream()
			.map((q) -> q.code() + "=5")
			.collect(Collectors.joining("&"));
		Document result = page("/quiz/result?v=1&" + all + "&background=other&lang=en", HttpStatus.OK);
		assertThat(result.select("h1").text()).isEqualTo("Your answers do not lean towards any role");
		assertThat(result.select(".match-percent").eachText()).containsOnly("50%");
	}

	@ParameterizedTest
	@ValueSource(strings = { "v=1&present=5", "v=1&" + STATISTICIAN + "&present=4",
			"v=1&" + "present=9&production=2&statistics=5&software=2&dataset=4&performance=1&deeplearning=3&business=5"
					+ "&languages=1&sql=4&mlfocus=3&gpu=1&background=stats",
			"v=1&" + "present=x&production=2&statistics=5&software=2&dataset=4&performance=1&deeplearning=3&business=5"
					+ "&languages=1&sql=4&mlfocus=3&gpu=1&background=stats",
			"v=1&" + "present=5&production=2&statistics=5&software=2&dataset=4&performance=1&deeplearning=3&business=5"
					+ "&languages=1&sql=4&mlfocus=3&gpu=1&background=astronaut",
			STATISTICIAN, "v=abc&" + STATISTICIAN, "v=1&v=1&" + STATISTICIAN, "" })
	void tamperedResultLinksGetAClear400WithAWayToRetake(String query) {
		Document page = page("/quiz/result?" + query, HttpStatus.BAD_REQUEST);
		assertThat(page.select("h1").text()).isEqualTo("This result link does not work");
		assertThat(page.select(".error-links a[href=/quiz]")).hasSize(1);
		assertThat(page.select("p.lead").text()).contains("incomplete or has been changed");
	}

	@Test
	void anOldQuizVersionSaysSo() {
		Document page = page("/quiz/result?v=0&" + STATISTICIAN + "&lang=fr", HttpStatus.BAD_REQUEST);
		assertThat(page.select("p.lead").text()).contains("ancienne version du quiz");
	}

	@Test
	void aTenKilobyteAnswerIsRefusedWithoutEchoingIt() {
		String huge = "v=1&" + STATISTICIAN.replace("present=5", "present=" + "5".repeat(10_000));
		MvcTestResult result = this.mvc.get().uri("/quiz/result?" + huge).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText().doesNotContain("5555555555");
		assertThat(this.mvc.get().uri("/quiz?" + huge)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "&fbclid=IwAR2xyz", "&utm_source=newsletter&utm_medium=email&utm_campaign=launch",
			"&gclid=Cj0KCQiA", "&unknown=3",
			"&x=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void parametersTheQuizDoesNotKnowAreIgnoredSoSharedLinksKeepWorking(String tail) throws Exception {
		String link = "/quiz/result?v=1&" + STATISTICIAN + "&lang=en";
		String clean = this.mvc.get()
			.uri(link)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.getResponse()
			.getContentAsString();
		MvcTestResult tagged = this.mvc.get().uri(link + tail).accept(MediaType.TEXT_HTML).exchange();
		assertThat(tagged).hasStatusOk();
		assertThat(tagged).bodyText().isEqualTo(clean).doesNotContain("aaaaaaaaaa", "fbclid", "utm_", "gclid");
	}

	private static java.util.List<String> percents(Document page) {
		return page.select(".match-percent").eachText().stream().map((t) -> t.replaceAll("\\D", "")).toList();
	}

	private Document page(String uri, HttpStatus status) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(uri).hasStatus(status);
		return Html.parse(result);
	}

}
