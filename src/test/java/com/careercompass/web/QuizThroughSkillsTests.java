package com.careercompass.web;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From a quiz result through the skills check to one plan made from both: the quiz result
 * rides along in the links and the form, nothing is stored.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class QuizThroughSkillsTests {

	/** A statistician who loves presenting: leans to Data Scientist. */
	private static final String ANSWERS = "production=2&statistics=5&deeplearning=3&present=5&software=2"
			+ "&dataset=4&performance=1&business=5&platform=2&gpu=1&sql=4&languages=1&realtime=2&mlfocus=3"
			+ "&background=stats";

	@Autowired
	MockMvcTester mvc;

	@Test
	void aQuizResultCarriedThroughTheSkillsCheckMakesOnePlanFromBoth() {
		Document quiz = page("/quiz/result?v=2&" + ANSWERS + "&lang=en", HttpStatus.OK);
		String check = quiz.select("a:contains(Check your skills)").attr("href");
		assertThat(check).startsWith("/skills-check?first=data-scientist").contains("&quiz=");

		Document form = page(check, HttpStatus.OK);
		String carried = form.select("form.skills-form input[name=quiz]").attr("value");
		assertThat(carried).isEqualTo("/quiz/result?v=2&" + ANSWERS);

		// the form submitted, as a browser sends it: to the result, the quiz still
		// carried
		MvcTestResult submitted = this.mvc.get()
			.uri("/skills-check?v=3&first=data-scientist&have=1&have=7&work=7&quiz={quiz}", carried)
			.exchange();
		assertThat(submitted).hasStatus3xxRedirection();
		String result = submitted.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(result).startsWith("/skills-check/result?v=3&have=1.7&work=7").contains("&quiz=%2Fquiz%2Fresult");

		Document skills = page(result + "&lang=en", HttpStatus.OK);
		assertThat(skills.select("a.action-primary").text()).isEqualTo("Make my plan from both results");
		String plan = skills.select("a.action-primary").attr("href");
		assertThat(plan).startsWith("/plan?quiz=2&production=2").contains("&skills=3&have=1.7&work=7");
		assertThat(skills.select("a:contains(Back to your quiz result)").attr("href"))
			.isEqualTo("/quiz/result?v=2&" + ANSWERS + "&lang=en");
		assertThat(skills.select("a:contains(Change my ticks)").attr("href")).contains("quiz=%2Fquiz%2Fresult");

		Document both = page(plan + "&lang=en", HttpStatus.OK);
		assertThat(both.select(".plan-links a").eachAttr("href")).anyMatch((h) -> h.startsWith("/quiz/result?v=2&"))
			.anyMatch((h) -> h.startsWith("/skills-check/result?v=3&have=1.7&work=7"));
		assertThat(both.select(".plan-learn li").text()).as("the ticked skills are not to learn")
			.doesNotContain("Python [");
	}

	@Test
	void aPlanFromTheQuizAloneSendsItsQuizAlongToTheSkillsCheck() {
		Document plan = page("/plan?quiz=2&" + ANSWERS + "&lang=en", HttpStatus.OK);
		assertThat(plan.select("a[href^=/skills-check?first=data-scientist]").eachAttr("href")).isNotEmpty()
			.allMatch((h) -> h.contains("quiz=/quiz/result?v%3D2%26production%3D2"));
	}

	@Test
	void anythingButAQuizResultOfThisSiteIsDroppedAndTheSkillsCheckWorksAsUsual() {
		for (String bad : new String[] { "https://evil.example/quiz/result?v=2", "/plan?quiz=2",
				"/quiz/result?v=2&x=<b>", "/quiz/result?v=2&" + "a=1&".repeat(200) }) {
			MvcTestResult submitted = this.mvc.get().uri("/skills-check?v=3&have=1&quiz={quiz}", bad).exchange();
			assertThat(submitted).hasStatus3xxRedirection();
			assertThat(submitted.getResponse().getHeader(HttpHeaders.LOCATION))
				.isEqualTo("/skills-check/result?v=3&have=1");
			Document skills = this.page("/skills-check/result?v=3&have=1&lang=en&quiz="
					+ java.net.URLEncoder.encode(bad, java.nio.charset.StandardCharsets.UTF_8), HttpStatus.OK);
			assertThat(skills.select("a.action-primary").text()).isEqualTo("Make my one-page plan");
		}
	}

	private Document page(String path, HttpStatus status) {
		MvcTestResult result = this.mvc.get()
			.uri(java.net.URI.create(path))
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange();
		assertThat(result).as(path).hasStatus(status);
		return Html.parse(result);
	}

}
