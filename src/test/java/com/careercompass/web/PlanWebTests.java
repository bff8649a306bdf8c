package com.careercompass.web;

import com.careercompass.support.AlsoOnPostgres;
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
@AlsoOnPostgres
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
	private static final String SKILLS = "skills=3&have=1.7.8.9.b&work=7";

	@Autowired
	MockMvcTester mvc;

	@Test
	void fromAQuizResultThePlanGivesTheLeanWhatToLearnWithReasonsPayAndTheWayIn() {
		Document plan = page("/plan?" + QUIZ + "&lang=en", HttpStatus.OK);
		assertThat(plan.select("h1").text()).isEqualTo("My plan: Data Scientist");
		assertThat(plan.select(".plan-why").text()).contains("Your answers lean clearly towards Data Scientist.")
			.contains("because your quiz answers lean that way");
		assertThat(plan.select(".plan-learn .route > ol > li")).as("the first five, the rest on demand").hasSize(5);
		// a statistician: no language yet, so Python first; then the core of the role
		assertThat(plan.select(".plan-learn .step-title").first().text()).isEqualTo("Python");
		assertThat(plan.select(".plan-learn .route-step .stage").eachText()).startsWith("Foundation",
				"Core of the role");
		assertThat(plan.select(".plan-learn .route > ol > li")).allSatisfy((li) -> {
			assertThat(li.select(".meta").text()).as("evidence for this role").startsWith("Named by");
			assertThat(li.select(".proof").text()).as("a piece of work").startsWith("Show you can do it:");
		});
		assertThat(plan.select(".plan-learn .step-title").eachAttr("href"))
			.allMatch((href) -> href.matches("/learn/[0-9a-z]+\\?role=data-scientist&back=%2Fplan%3Fquiz%3D2.+"));
		assertThat(plan.select(".route-known").text()).as("what the background brings, stated")
			.contains("Your background in statistics or mathematics usually brings: ");
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
		assertThat(plan.select(".plan-learn .step-title").eachText()).isNotEmpty()
			.doesNotContain("Python", "Statistics", "Data analysis", "Data visualisation",
					"SQL and other query languages");
		assertThat(plan.select(".plan-links a").eachAttr("href"))
			.contains("/skills-check/result?v=3&have=1.7.8.9.b&work=7");
	}

	@Test
	void fromASkillsResultAloneThePlanFollowsTheSkillsLeanAndTheCountryChosen() {
		Document plan = page("/plan?" + SKILLS + "&country=FR&lang=fr", HttpStatus.OK);
		assertThat(plan.select("html").attr("lang")).isEqualTo("fr");
		assertThat(plan.select("h1").text()).isEqualTo("Mon plan pour le métier de data scientist");
		assertThat(plan.select(".plan-why .meta").text()).contains("vos compétences penchent");
		assertThat(plan.select(".plan-pay p").first().text()).startsWith("France").contains("45\u202F000", "Glassdoor");
		assertThat(plan.select(".plan-learn .route-step .meta").eachText()).isNotEmpty()
			.allSatisfy((t) -> assertThat(t).startsWith("Citée par"));
		assertThat(page("/skills-check/result?v=3&have=1.7.8.9.b&work=7", HttpStatus.OK).select("a.action-primary")
			.attr("href")).isEqualTo("/plan?" + SKILLS);
	}

	@Test
	void theReaderCanSeeThePlanForTheOtherRole() {
		Document plan = page("/plan?" + QUIZ + "&role=machine-learning-engineer&lang=en", HttpStatus.OK);
		assertThat(plan.select("h1").text()).isEqualTo("My plan: ML Engineer");
		assertThat(plan.select(".plan-why .meta").text()).isEqualTo("You chose to see the plan for ML Engineer.");
		assertThat(plan.select(".plan-switch a").attr("href")).isEqualTo("/plan?" + QUIZ + "&role=data-scientist");
		// the route for the chosen role: what this reader lacks for it, never an empty
		// list
		assertThat(plan.select(".plan-learn .step-title").eachText()).isNotEmpty()
			.doesNotContain("Statistics", "R", "Linear algebra and calculus");
	}

	@ParameterizedTest
	@ValueSource(strings = { "skills=3&have=zz", "skills=9&have=1", "quiz=2&production=7", "quiz=1&present=9",
			"production=5", "have=1" })
	void aDamagedPlanLinkGetsALocalized400(String query) {
		Document en = page("/plan?" + query + "&lang=en", HttpStatus.BAD_REQUEST);
		assertThat(en.select("h1").text()).isEqualTo("This plan link cannot be read");
		assertThat(en.select(".error-links a").eachAttr("href")).contains("/quiz", "/skills-check");
		Document fr = page("/plan?" + query + "&lang=fr", HttpStatus.BAD_REQUEST);
		assertThat(fr.select("h1").text()).isEqualTo("Ce lien de plan est illisible");
	}

	@ParameterizedTest
	@ValueSource(strings = { "&role=pilot", "&country=ZZ", "&country=", "&role=data-scientist&role=data-scientist",
			"&skills=3&have=zz" })
	void aDamagedPartOfAPlanLinkIsDroppedTheRestKeptAndTheReaderTold(String damage) {
		Document en = page("/plan?" + QUIZ + damage + "&lang=en", HttpStatus.OK);
		assertThat(en.select("h1").text()).isEqualTo("My plan: Data Scientist");
		assertThat(en.select(".plan-learn .step-title")).isNotEmpty();
		assertThat(en.select("main .notice").text()).as(damage).containsAnyOf("could not be read", "no pay figure");
		Document fr = page("/plan?" + QUIZ + damage + "&lang=fr", HttpStatus.OK);
		assertThat(fr.select("main .notice").text()).as(damage).containsAnyOf("illisible", "aucun chiffre");
	}

	@Test
	void undecidedAndHybridReadersGetARouteNamingBothRoles() {
		String neutral = "quiz=2&production=3&statistics=3&deeplearning=3&present=3&software=3&dataset=3"
				+ "&performance=3&business=3&platform=3&gpu=3&sql=3&languages=3&realtime=3&mlfocus=3&background=other";
		Document undecided = page("/plan?" + neutral + "&lang=en", HttpStatus.OK);
		assertThat(undecided.select("h1").text()).isEqualTo("My plan: ML Engineer or Data Scientist");
		assertThat(undecided.select(".plan-learn .step-title")).hasSizeGreaterThanOrEqualTo(5);
		assertThat(undecided.select(".plan-learn .meta").eachText()).anyMatch((t) -> t.contains("on these roles"));
		assertThat(undecided.select(".trials li")).hasSize(2);
		assertThat(undecided.text()).doesNotContain("lean to the other role");
		assertThat(undecided.select(".plan-switch a").eachText()).as("either role alone, never 'instead'")
			.containsExactly("See the plan for ML Engineer alone", "See the plan for Data Scientist alone");
		assertThat(undecided.select(".plan-pay p strong").eachText()).as("what each role pays, in one country")
			.hasSize(2)
			.allSatisfy((line) -> assertThat(line).contains("United States"));
		// ticks that lean to neither role (Python alone)
		Document withTicks = page("/plan?" + neutral + "&skills=3&have=1&lang=en", HttpStatus.OK);
		assertThat(withTicks.select(".plan-skills h2").text()).isEqualTo("Your skills for each role");
		assertThat(withTicks.select(".plan-skills p").eachText()).as("both roles' shares, not one role's")
			.anyMatch((t) -> t.contains("for ML Engineer"))
			.anyMatch((t) -> t.contains("for Data Scientist"));
		String hybrid = neutral.replace("production=3", "production=5").replace("statistics=3", "statistics=5");
		Document both = page("/plan?" + hybrid + "&lang=fr", HttpStatus.OK);
		assertThat(both.select("h1").text()).isEqualTo("Mon plan pour les métiers de data scientist et d’ingénieur ML");
		assertThat(both.select(".plan-route h3").eachText()).as("two routes, the higher affinity first")
			.containsExactly("Parcours vers le métier de data scientist", "Parcours vers le métier d’ingénieur ML");
		assertThat(both.select(".plan-route")).allSatisfy((r) -> assertThat(r.select(".step-title")).isNotEmpty());
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
		assertThat(api).bodyJson()
			.extractingPath("$.pay.undated")
			.as("the French figure's article is undated, as the page says")
			.isEqualTo(true);
		assertThat(api).bodyJson().extractingPath("$.pay.old").isEqualTo(false);
		Document page = page("/plan?" + QUIZ + "&" + SKILLS + "&country=FR&lang=en", HttpStatus.OK);
		assertThat(api).bodyJson()
			.extractingPath("$.routes[0].steps[*].title")
			.asArray()
			.containsExactlyElementsOf(page.select(".plan-learn .step-title").eachText());
		assertThat(api).bodyJson().extractingPath("$.routes[0].steps[0].start.url").asString().startsWith("https://");
		assertThat(api).bodyJson().extractingPath("$.routes[0].aptitudes").asArray().isNotEmpty();
		assertThat(api).bodyJson()
			.extractingPath("$.wayIn[*].text")
			.asArray()
			.containsExactlyElementsOf(page.select(".plan-way li > span:not(.cite):not([class])").eachText());
		assertThat(api).bodyJson().extractingPath("$.wayIn[0].sources").asArray().isNotEmpty();
		assertThat(api).bodyJson().extractingPath("$.wayIn[0].country").isEqualTo("US");
		assertThat(this.mvc.get().uri("/api/v1/plan?skills=3&have=zz")).hasStatus(HttpStatus.BAD_REQUEST)
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
