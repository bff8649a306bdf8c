package com.careercompass.web;

import com.careercompass.support.Html;
import com.careercompass.support.Pages;
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

/** My plan, from a quiz link, a skills-check link or both; its choices and its 400s. */
@SpringBootTest
@AutoConfigureMockMvc
class PlanWebTests {

	/** The statistician of the persona tests. */
	private static final String QUIZ = "quiz=2&production=2&statistics=5&deeplearning=3&present=5&software=2"
			+ "&dataset=4&performance=1&business=5&platform=2&gpu=1&sql=4&languages=1&realtime=2&mlfocus=3"
			+ "&background=stats";

	/**
	 * Python, statistics, data analysis, visualisation and SQL ticked, statistics at
	 * work.
	 */
	private static final String SKILLS = "skills=2&have=1.7.8.9.b&work=7";

	@Autowired
	MockMvcTester mvc;

	@Test
	void fromAQuizResultThePlanGivesTheLeanWhatToLearnWithReasonsPayAndTheWayIn() {
		Document plan = page("/plan?" + QUIZ + "&lang=en", HttpStatus.OK);
		assertThat(plan.select("h1").text()).isEqualTo("My plan: Data Scientist");
		assertThat(plan.select(".plan-why").text()).contains("Your answers lean clearly towards Data Scientist.")
			.contains("because your quiz answers lean that way");
		assertThat(plan.select(".plan-learn li")).hasSizeBetween(3, 5)
			.allSatisfy((li) -> assertThat(li.select(".because").text()).isNotBlank());
		assertThat(plan.select(".plan-learn li").first().select(".because").text()).startsWith("Because you agreed:");
		assertThat(plan.select(".plan-learn li > a").eachAttr("href"))
			.allMatch((href) -> href.matches("/roles/data-scientist\\?back=%2Fplan%3Fquiz%3D2[^#]+#skill-\\d+"));
		assertThat(plan.select(".plan-pay p").first().text())
			.startsWith("United States: $99,344 Mean · PayScale (average base salary), 2023");
		assertThat(plan.select(".plan-way li")).isNotEmpty();
		assertThat(plan.select(".plan-skills").text()).contains("Tick what you can already do");
		assertThat(plan.select(".plan-links a").eachAttr("href"))
			.contains("/quiz/result?v=2&" + QUIZ.substring("quiz=2&".length()))
			.anyMatch((href) -> href.startsWith("/skills-check?first=data-scientist&quiz=/quiz/result?v%3D2"));
		assertThat(plan.select("a.share-link").attr("href")).isEqualTo("/plan?" + QUIZ + "&lang=en");
		assertThat(
				page("/quiz/result?v=2&" + QUIZ.substring("quiz=2&".length()), HttpStatus.OK).select("a.action-primary")
					.attr("href"))
			.isEqualTo("/plan?" + QUIZ);
	}

	@Test
	void fromBothResultsThePlanLeavesOutWhatWasTickedAndShowsTheSkillsNumbers() {
		Document plan = page("/plan?" + QUIZ + "&" + SKILLS + "&lang=en", HttpStatus.OK);
		assertThat(plan.select(".plan-skills p").first().text())
			.isEqualTo("You have 5 of the 22 skills the articles list for Data Scientist (23%).");
		assertThat(plan.select(".plan-bar-fill").attr("width")).isEqualTo("46");
		assertThat(plan.select(".plan-learn li > a").eachText()).doesNotContain("Python", "Statistics", "Data analysis",
				"Data visualisation", "SQL and other query languages");
		assertThat(plan.select(".plan-links a").eachAttr("href"))
			.contains("/skills-check/result?v=2&have=1.7.8.9.b&work=7");
	}

	@Test
	void fromASkillsResultAloneThePlanFollowsTheSkillsLeanAndTheCountryChosen() {
		Document plan = page("/plan?" + SKILLS + "&country=FR&lang=fr", HttpStatus.OK);
		assertThat(plan.select("html").attr("lang")).isEqualTo("fr");
		assertThat(plan.select("h1").text()).isEqualTo("Mon plan pour le métier de data scientist");
		assertThat(plan.select(".plan-why .meta").text()).contains("vos compétences penchent");
		assertThat(plan.select(".plan-pay p").first().text()).startsWith("France").contains("45\u202F000", "Glassdoor");
		assertThat(plan.select(".plan-learn li .because").eachText())
			.allSatisfy((t) -> assertThat(t).startsWith("Citée par"));
		assertThat(page("/skills-check/result?v=2&have=1.7.8.9.b&work=7", HttpStatus.OK).select("a.action-primary")
			.attr("href")).isEqualTo("/plan?" + SKILLS);
	}

	@Test
	void theReaderCanSeeThePlanForTheOtherRole() {
		Document plan = page("/plan?" + QUIZ + "&role=machine-learning-engineer&lang=en", HttpStatus.OK);
		assertThat(plan.select("h1").text()).isEqualTo("My plan: ML Engineer");
		assertThat(plan.select(".plan-why .meta").text()).isEqualTo("You chose to see the plan for ML Engineer.");
		assertThat(plan.select(".plan-switch a").attr("href")).isEqualTo("/plan?" + QUIZ + "&role=data-scientist");
		// the quiz suggests nothing for the role it does not lean to: the plan says so,
		// never "you already have every skill"
		assertThat(plan.select(".plan-learn").text()).contains("suggest nothing to learn for ML Engineer")
			.doesNotContain("already have every skill");
	}

	@ParameterizedTest
	@ValueSource(strings = { "skills=2&have=zz", "skills=9&have=1", "quiz=2&production=7", "quiz=1&present=9",
			"production=5", "have=1", QUIZ + "&role=pilot", QUIZ + "&country=ZZ", QUIZ + "&country=",
			QUIZ + "&role=data-scientist&role=data-scientist" })
	void aDamagedPlanLinkGetsALocalized400(String query) {
		Document en = page("/plan?" + query + "&lang=en", HttpStatus.BAD_REQUEST);
		assertThat(en.select("h1").text()).isEqualTo("This plan link cannot be read");
		assertThat(en.select(".error-links a").eachAttr("href")).contains("/quiz", "/skills-check");
		Document fr = page("/plan?" + query + "&lang=fr", HttpStatus.BAD_REQUEST);
		assertThat(fr.select("h1").text()).isEqualTo("Ce lien de plan est illisible");
	}

	@Test
	void withoutALinkThePageSaysHowToMakeAPlanAndTrackingTagsChangeNothing() {
		Document start = page("/plan?lang=en", HttpStatus.OK);
		assertThat(start.select(".hero-actions a").eachAttr("href")).containsExactly("/quiz", "/skills-check");
		assertThat(body("/plan?" + QUIZ + "&utm_source=x&fbclid=y&lang=en"))
			.isEqualTo(body("/plan?" + QUIZ + "&lang=en"));
		assertThat(page(Pages.PLAN + "&lang=en", HttpStatus.OK).select("link[rel=canonical]").attr("href"))
			.startsWith("http://localhost/plan?quiz=2&");
	}

	@Test
	void theApiGivesTheSamePlanAndTheSameErrors() {
		MvcTestResult api = this.mvc.get()
			.uri("/api/v1/plan?" + QUIZ + "&" + SKILLS + "&country=FR&lang=en")
			.exchange();
		assertThat(api).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(api).bodyJson().extractingPath("$.role").isEqualTo("data-scientist");
		assertThat(api).bodyJson().extractingPath("$.basis").isEqualTo("QUIZ");
		assertThat(api).bodyJson().extractingPath("$.skillsPercent").isEqualTo(23);
		assertThat(api).bodyJson().extractingPath("$.pay.country").isEqualTo("FR");
		assertThat(api).bodyJson().extractingPath("$.pay.kind").isEqualTo("MEAN");
		assertThat(api).bodyJson().extractingPath("$.learn[0].reason").asString().startsWith("Because you agreed:");
		Document page = page("/plan?" + QUIZ + "&" + SKILLS + "&country=FR&lang=en", HttpStatus.OK);
		assertThat(api).bodyJson()
			.extractingPath("$.learn[*].skill")
			.asArray()
			.containsExactlyElementsOf(page.select(".plan-learn li > a").eachText());
		assertThat(this.mvc.get().uri("/api/v1/plan?skills=2&have=zz")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/plan")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private String body(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		return Html.parse(result).select("main").outerHtml();
	}

	private Document page(String uri, HttpStatus status) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(uri).hasStatus(status);
		return Html.parse(result);
	}

}
