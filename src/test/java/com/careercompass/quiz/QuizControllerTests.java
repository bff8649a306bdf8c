package com.careercompass.quiz;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careercompass.support.Html;
import com.careercompass.support.PageSlice;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz as a web slice over a small hand-made quiz and the real scoring: answers
 * carried in the address, a submission with gaps coming back marked and keeping every
 * answer, a complete one going to its result, the result for a builder, an analyst and
 * someone with no lean, links that cannot work. What the real quiz's statements recommend
 * is checked by {@code PersonaTests} and {@code web.QuizWebTests}.
 */
@PageSlice(QuizController.class)
@Import(SmallQuiz.class)
class QuizControllerTests {

	private static final String ALL_ANSWERED = "a1=5&a2=5&a3=4&b1=1&b2=2&b3=1&d1=3&d2=0";

	private static final String ANALYST = "a1=1&a2=2&a3=1&b1=5&b2=5&b3=4&d1=3&d2=0";

	private static final String UNDECIDED = "a1=3&a2=3&a3=3&b1=3&b2=3&b3=3&d1=3&d2=3";

	@Autowired
	MockMvcTester mvc;

	/** For the review date every page shows. */
	@Test
	void theFormAsksEveryStatementSayingWhereTheReaderIs() {
		Document page = page("/quiz?lang=en", HttpStatus.OK);
		assertThat(page.select("fieldset.question")).hasSize(8);
		assertThat(page.select(".question-number").first().text()).isEqualTo("Question 1 of 8");
		assertThat(page.select("fieldset#q-a1 input[type=radio]")).hasSize(6);
		assertThat(page.select("form.quiz-form").attr("method")).isEqualTo("get");
	}

	@Test
	void answersInTheAddressArePreFilled() {
		Document page = page("/quiz?a1=4&b2=0&lang=en", HttpStatus.OK);
		assertThat(page.select("input[checked]").eachAttr("id")).containsExactly("q-a1-4", "q-b2-0");
		assertThat(page.select(".question-missing")).as("not submitted: nothing is marked").isEmpty();
	}

	@Test
	void aSubmissionWithGapsComesBackMarkedKeepingEveryAnswer() {
		Document page = page("/quiz?v=1&a1=4&b1=2&lang=en", HttpStatus.BAD_REQUEST);
		assertThat(page.select(".question-missing").eachAttr("id")).containsExactly("q-a2", "q-a3", "q-b2", "q-b3",
				"q-d1", "q-d2");
		assertThat(page.select("input[checked]").eachAttr("id")).containsExactly("q-a1-4", "q-b1-2");
		assertThat(page.select("fieldset#q-a2").attr("aria-describedby")).isEqualTo("q-a2-error");
	}

	@Test
	void aCompleteSubmissionGoesToItsShareableResult() {
		assertThat(get("/quiz?v=1&" + ALL_ANSWERED + "&utm_source=x")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.startsWith("/quiz/result?")
			.contains("v=1")
			.doesNotContain("utm_source");
	}

	@Test
	void aBuilderIsSentToTheBuilderRoleWithTheStatementsThatSaySoAndWhatToDoNext() {
		Document result = page("/quiz/result?v=1&" + ALL_ANSWERED + "&lang=en", HttpStatus.OK);
		assertThat(result.select("h1").text()).isEqualTo("Your answers lean clearly towards Model Builder");
		assertThat(result.select("#why-heading + * q, section[aria-labelledby=why-heading] q").eachText())
			.as("the statements behind the verdict, in the reader's words")
			.contains("a1", "a2");
		assertThat(result.select("main a[href=/roles/builder]")).isNotEmpty();
		assertThat(result.select("main a.action-primary").attr("href")).startsWith("/plan?").contains("a1=5");
		assertThat(result.select("link[rel=canonical]").attr("href")).contains("/quiz/result?v=1&a1=5");
	}

	@Test
	void theMirroredAnswersSendAnAnalystToTheOtherRole() {
		Document result = page("/quiz/result?v=1&" + ANALYST + "&lang=en", HttpStatus.OK);
		assertThat(result.select("h1").text()).isEqualTo("Your answers lean clearly towards Data Analyst");
		assertThat(result.select("main a[href=/roles/analyst]")).isNotEmpty();
		assertThat(result.select("main a[href=/roles/builder]")).isEmpty();
	}

	@Test
	void withNoLeanTheResultSaysSoInTheReadersLanguageAndPointsToBothRoles() {
		Document result = page("/quiz/result?v=1&" + UNDECIDED + "&lang=fr", HttpStatus.OK);
		assertThat(result.select("html").attr("lang")).isEqualTo("fr");
		assertThat(result.select("h1").text()).doesNotContain("Bâtisseur", "Analyste");
		assertThat(result.select("main a[href=/roles]")).isNotEmpty();
		assertThat(result.select("main a[href=/roles/builder], main a[href=/roles/analyst]"))
			.as("no single role is recommended")
			.isEmpty();
	}

	@Test
	void aLinkTooLongOrFromAnotherVersionSaysSoAndOffersTheQuizAgain() {
		String tooLong = Stream.generate(() -> "5").limit(AnswerReader.MAX_QUERY).collect(Collectors.joining());
		Document damaged = page("/quiz?a1=" + tooLong + "&lang=en", HttpStatus.BAD_REQUEST);
		assertThat(damaged.select("h1").text()).isEqualTo("This result link does not work");
		assertThat(damaged.select("main a[href=/quiz]")).hasSize(1);
		Document old = page("/quiz/result?v=99&" + ALL_ANSWERED + "&lang=fr", HttpStatus.BAD_REQUEST);
		assertThat(old.select("html").attr("lang")).isEqualTo("fr");
		assertThat(old.select(".lead").text()).isNotEqualTo(damaged.select(".lead").text()).isNotBlank();
	}

	private Document page(String uri, HttpStatus status) {
		return Html.get(this.mvc, status, uri);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
	}

}
