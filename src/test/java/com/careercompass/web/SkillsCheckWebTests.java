package com.careercompass.web;

import java.util.List;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import com.careercompass.support.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
 * The skills check's routes on the real data. Expected numbers are counted by hand from
 * career-facts.yaml: ML Engineer lists 34 skills, Data Scientist 22; Python (1), R (2)
 * and linear algebra (16) are named by four articles and listed for both.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class SkillsCheckWebTests {

	/** Python, Statistics, Data analysis, Data visualisation, SQL: 1 of 34, 5 of 22. */
	private static final String ANALYST = "have=1.7.8.9.b";

	@Autowired
	MockMvcTester mvc;

	@Test
	void theFormListsEverySkillOfBothRolesByKindExplainedWithoutJavaScript() {
		Document form = page("/skills-check?lang=en", HttpStatus.OK);
		assertThat(form.select("form.skills-form").attr("method")).isEqualTo("get");
		assertThat(form.select("input[name=v]").val()).isEqualTo("3");
		assertThat(form.select("fieldset.skill-kind")).hasSize(8);
		assertThat(form.select("fieldset.skill-kind legend").eachText()).startsWith("Programming languages");
		assertThat(form.select("input[type=checkbox][name=have]")).hasSize(47);
		assertThat(form.select("input[type=checkbox][name=work]")).hasSize(47);
		for (Element box : form.select("input[type=checkbox]")) {
			assertThat(form.select("label[for=" + box.id() + "]")).as(box.id()).hasSize(1);
		}
		assertThat(form.select("label[for=have-x]").text()).isEqualTo("Reinforcement learning");
		assertThat(form.select("#explain-x").text()).contains("trial and error");
		assertThat(form.select("#have-x").attr("aria-describedby")).isEqualTo("roles-x explain-x");
		assertThat(form.select("#roles-x").text()).isEqualTo("ML Engineer");
		assertThat(form.select("#roles-1").text()).isEqualTo("ML Engineer · Data Scientist");
		assertThat(form.select("p.hint > span[id^=explain-]")).hasSizeGreaterThanOrEqualTo(35);
		assertThat(form.select("script")).isEmpty();
	}

	@Test
	void aSubmittedFormGoesToTheCompactSortedAddress() {
		assertThat(this.mvc.get()
			.uri("/skills-check?v=3&have=b&have=1&work=7&have=7&first=data-scientist&utm_source=newsletter"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/skills-check/result?v=3&have=1.7.b&work=7&first=data-scientist");
		assertThat(this.mvc.get().uri("/skills-check?v=3")).redirectedUrl().isEqualTo("/skills-check/result?v=3");
	}

	@Test
	void anUnreadableTickComesBackWithEverythingElseStillTicked() {
		Document form = page("/skills-check?v=3&have=1&have=zz&work=7&first=data-scientist&lang=fr",
				HttpStatus.BAD_REQUEST);
		assertThat(form.select(".error-summary h2").text()).isEqualTo("Une coche n’a pas pu être lue");
		assertThat(form.select("#have-1").hasAttr("checked")).isTrue();
		assertThat(form.select("#have-7").hasAttr("checked")).as("used at work means can do").isTrue();
		assertThat(form.select("#work-7").hasAttr("checked")).isTrue();
		assertThat(form.select("#have-2").hasAttr("checked")).isFalse();
		assertThat(form.select("input[name=first]").val()).isEqualTo("data-scientist");
	}

	@Test
	void theResultSaysWhichRoleIsCloserWithTheNumbersAndHowFarToTrustIt() {
		Document result = page("/skills-check/result?v=3&" + ANALYST + "&work=7&lang=en", HttpStatus.OK);
		assertThat(result.select("p.lead").text()).isEqualTo(
				"Your ticks are closer to Data Scientist: you have 5 of its 22 listed skills (23%) against 2 of 33 (6%) for ML Engineer, and 3 of the 6 skills only Data Scientist lists (50%) against 0 of the 17 only ML Engineer lists (0%).");
		assertThat(result.select("p.notice").text()).contains("not the full requirements of any job offer");
		assertThat(result.select(".coverage-list > div").first().select("dt").text()).isEqualTo("All listed skills");
		assertThat(result.select(".coverage-list > div").first().select("dd").eachText()).containsExactly(
				"ML Engineer: 2 of 33 (6%) of which 1 used at work",
				"Data Scientist: 5 of 22 (23%) of which 1 used at work");
		assertThat(result.select(".coverage-list dd").eachText()).contains("ML Engineer: none listed");
		assertThat(result.select("svg.coverage-chart text.bar-value").eachText()).startsWith("2/33 · 6%", "5/22 · 23%");
		assertThat(result.select("svg.coverage-chart text.bar-value").eachText()).as("ML Engineer lists no tool")
			.contains("none listed");
		assertThat(result.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost/skills-check/result?v=3&have=1.7.8.9.b&work=7&lang=en");
	}

	@Test
	void ticksThatDoNotTellTheRolesApartAreCalledAboutAsClose() {
		Document result = page("/skills-check/result?v=3&have=1&lang=en", HttpStatus.OK);
		assertThat(result.select("p.lead").text()).isEqualTo(
				"Your ticks are about as close to both roles: 1 of ML Engineer’s 33 listed skills (3%) and 1 of Data "
						+ "Scientist’s 22 (5%); of the skills only one role lists, 0 of 17 for ML Engineer (0%) and 0 "
						+ "of 6 for Data Scientist (0%).");
	}

	@Test
	void aSoftwareDeveloperIsCloserToMachineLearningEngineering() {
		// Python, Git, data structures, software engineering, Linux, Java, C and C++. Git
		// gives the version-control family, which both roles list (Git for the Data
		// Scientist, source control for the ML Engineer): 7 of ML Engineer's 33 abilities
		// against 2 of 22, 12 points apart; 5 of its 17 distinct against 0 of 6.
		Document result = page("/skills-check/result?v=3&have=1.l.m.o.p.q.r&lang=en", HttpStatus.OK);
		assertThat(result.select("p.lead").text()).isEqualTo(
				"Your ticks are closer to ML Engineer: you have 7 of its 33 listed skills (21%) against 2 of 22 (9%) "
						+ "for Data Scientist, and 5 of the 17 skills only ML Engineer lists (29%) against 0 of the 6 only "
						+ "Data Scientist lists (0%).");
	}

	@Test
	void anEarlierVersionsLinkStillReadsAndSaysItFollowsTodaysRule() {
		Document result = page("/skills-check/result?v=1&have=1.l.m.o.p.q.r&lang=en", HttpStatus.OK);
		assertThat(result.select(".notice").first().text()).startsWith("This link was made with an earlier version");
		assertThat(result.select("p.lead").text()).as("read by today's rule: families count once")
			.startsWith("Your ticks are closer to ML Engineer");
		Document two = page("/skills-check/result?v=2&have=1.l.m.o.p.q.r&lang=en", HttpStatus.OK);
		assertThat(two.select(".notice").first().text()).startsWith("This link was made with an earlier version");
		assertThat(result.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost/skills-check/result?v=3&have=1.l.m.o.p.q.r&lang=en");
		Document french = page("/skills-check/result?v=1&have=1&lang=fr", HttpStatus.OK);
		assertThat(french.select(".notice").first().text()).startsWith("Ce lien a été créé");
	}

	/**
	 * People described by what they can do, as the lists name it, and where their skills
	 * point.
	 */
	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|',
			textBlock = """
					deep-learning builder: Python, deep learning, ML frameworks, CUDA, reinforcement learning | 1.s.u.x.z | CLEAR | machine-learning-engineer
					backend developer: Python, Java, C and C++, Linux, software engineering, data structures | 1.m.o.p.q.r | CLEAR | machine-learning-engineer
					MLOps engineer: cloud, Linux, distributed computing, Spark, web APIs, source control, deployment (the last three are families both roles list) | 3.p.w.y.11.16.17 | SLIGHT | machine-learning-engineer
					software developer who uses Git: the backend developer and Git | 1.l.m.o.p.q.r | CLEAR | machine-learning-engineer
					BI analyst: SQL, Excel, data visualisation, data analysis, BI tools, statistics | 7.8.9.b.d.k | CLEAR | data-scientist
					statistician: statistics, analytics, statistical software, R | 2.7.e.f | CLEAR | data-scientist
					analyst who codes: Python, R, statistics, data analysis, visualisation, SQL, Git | 1.2.7.8.9.b.l | CLEAR | data-scientist
					senior data scientist: every Data Scientist skill and 15 of ML Engineer's 25 others | 1.2.3.4.5.6.7.8.9.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.10.1b | CLEAR | data-scientist
					generalist: the nine skills both roles list | 1.2.3.4.5.6.a.g.1b | SHARED_ONLY | data-scientist
					data engineer: Python, SQL, databases, cloud, big volumes, Spark, distributed computing, Linux | 1.3.6.b.c.p.w.y | EVEN |
					beginner: Python and linear algebra | 1.g | EVEN |
					veteran: every skill of both lists | 1.2.3.4.5.6.7.8.9.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.10.11.12.13.14.15.16.17.18.19.1a.1b | ALL |
					""")
	void skillsPointWhereThePersonsDistinctSkillsPoint(String person, String have, String strength, String lean) {
		MvcTestResult result = this.mvc.get().uri("/api/v1/skills-check?v=3&have=" + have).exchange();
		assertThat(result).as(person).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.strength").as(person).isEqualTo(strength);
		if (lean == null) {
			assertThat(result).bodyJson().extractingPath("$.lean").as(person).isNull();
		}
		else {
			assertThat(result).bodyJson().extractingPath("$.lean").as(person).isEqualTo(lean);
		}
	}

	@Test
	void whatToLearnFollowsTheRouteAndEachStepLeadsToItsPage() {
		Document result = page("/skills-check/result?v=3&lang=en", HttpStatus.OK);
		assertThat(result.select("p.lead").text()).startsWith("You have not ticked any skill");
		Element mle = result.select("section.learn-role").get(0);
		assertThat(mle.select("h3").text()).isEqualTo("For ML Engineer");
		List<Element> items = mle.select("li.route-step");
		// 34 listed skills: 6 aptitudes apart, 4 languages as one step (Python, the
		// others
		// alternatives), the two "building and evaluating" skills as one family: 24 steps
		assertThat(items).hasSize(24);
		assertThat(mle.select(".route-aptitudes").text()).startsWith("Also asked for")
			.contains("Written and verbal communication, presentations", "Technical aptitude");
		assertThat(items.get(0).selectFirst("a").text()).isEqualTo("Python");
		assertThat(items.get(0).select(".alternatives").text()).contains("R, Java, C and C++");
		assertThat(items.stream().map((li) -> li.selectFirst("a").text()).toList()).as("no other language is a step")
			.doesNotContain("R", "Java", "C and C++");
		// the ML frameworks item names a stopped tool and keeps its place (four articles)
		assertThat(items.subList(1, 5)).extracting((li) -> li.selectFirst("a").text())
			.contains("ML frameworks: TensorFlow, Keras, PyTorch, Spark MLlib, Microsoft CNTK");
		// the stages in order: foundation, core, specialisms
		assertThat(items.stream().map((li) -> li.select(".stage").text()).distinct().toList())
			.containsExactly("Foundation", "Core of the role", "Specialism");
		Element reinforcement = items.stream()
			.filter((li) -> li.selectFirst("a").text().equals("Reinforcement learning"))
			.findFirst()
			.orElseThrow();
		assertThat(reinforcement.select(".premium").text()).isEqualTo("pay premium of 22% (PayScale)");
		assertThat(mle.select("details summary").text()).isEqualTo("The other 19 steps, in the same order");
		assertThat(mle.select("p.meta").text()).contains("Image processing, +26% (PayScale)", "Scala, +20%");
		for (Element link : mle.select("a.step-title")) {
			assertThat(link.attr("href")).startsWith("/learn/")
				.contains("role=machine-learning-engineer&back=%2Fskills-check%2Fresult%3Fv%3D3");
			String code = link.attr("href").substring("/learn/".length(), link.attr("href").indexOf('?'));
			Document page = page("/learn/" + code + "?lang=en", HttpStatus.OK);
			assertThat(page.select("h1").text()).as(link.text()).isNotBlank();
			assertThat(page.select("#proof-heading")).as(link.text()).isNotEmpty();
			assertThat(page.select("#start-heading + p, #start-heading ~ p").text()).as(link.text()).isNotBlank();
		}
	}

	@Test
	void theRoleAskedForComesFirstAndTheResultLinksOn() {
		Document result = page("/skills-check/result?v=3&have=1&first=data-scientist&lang=en", HttpStatus.OK);
		assertThat(result.select("section.learn-role h3").eachText()).containsExactly("For Data Scientist",
				"For ML Engineer");
		assertThat(result.select(".next-links a").eachAttr("href")).containsExactly(
				"/skills-check?have=1&first=data-scientist", "/quiz", "/job-ad?skills=3&have=1",
				"/compare/machine-learning-engineer-vs-data-scientist");
		Document edit = page("/skills-check?have=1&first=data-scientist", HttpStatus.OK);
		assertThat(edit.select("input[name=have][checked]").eachAttr("value")).containsExactly("1");
	}

	@Test
	void trackingParametersChangeNothing() {
		String plain = body("/skills-check/result?v=3&" + ANALYST + "&lang=en");
		assertThat(body("/skills-check/result?v=3&" + ANALYST + "&lang=en&utm_source=x&fbclid=abc&gclid=1"))
			.isEqualTo(plain);
	}

	@ParameterizedTest
	@ValueSource(strings = { "v=2&have=zz", "v=2&have=1m", "v=2&have=1&have=2", "v=2&have=2.1", "v=2&have=1.1",
			"v=4&have=1", "have=1", "v=3&v=3", "v=3&have=1&work=2", "v=3&first=ai-engineer" })
	void aDamagedLinkGetsAClear400WithAWayToStartAgain(String query) {
		Document page = page("/skills-check/result?" + query + "&lang=en", HttpStatus.BAD_REQUEST);
		assertThat(page.select("h1").text()).isEqualTo("This skills-check link does not work");
		assertThat(page.select(".error-links a[href=/skills-check]").text()).isEqualTo("Start the skills check again");
		assertThat(page.select("p.lead").text()).isNotEmpty();
	}

	@Test
	void aTenKilobyteQueryAndAnotherVersionAreExplainedInEachLanguage() {
		Document page = page("/skills-check/result?v=3&have=" + "1".repeat(10 * 1024) + "&lang=fr",
				HttpStatus.BAD_REQUEST);
		assertThat(page.select("h1").text()).isEqualTo("Ce lien vers le point sur vos compétences ne fonctionne pas");
		assertThat(page.select("p.lead").text()).contains("bien plus long");
		assertThat(page("/skills-check?have=" + "1.".repeat(5 * 1024), HttpStatus.BAD_REQUEST).select("h1").text())
			.isEqualTo("This skills-check link does not work");
		assertThat(page("/skills-check/result?v=7&have=1&lang=en", HttpStatus.BAD_REQUEST).select("p.lead").text())
			.contains("another version of the skill list");
	}

	@Test
	void aDamagedLinkOffersToStartAgainWithTheTicksThatCanStillBeRead() {
		Document page = page("/skills-check/result?v=3&have=1.7.zz&lang=en", HttpStatus.BAD_REQUEST);
		assertThat(page.select(".error-links a").first().attr("href")).isEqualTo("/skills-check?have=1.7");
		assertThat(page.select(".error-links a").first().text())
			.isEqualTo("Start again with the 2 skills that could still be read ticked");
	}

	@Test
	void theQuizResultOpensTheSkillsCheckWithItsRoleFirst() {
		Document quiz = page(Pages.QUIZ_RESULT + "&lang=en", HttpStatus.OK);
		assertThat(quiz.select("a:contains(Check your skills for this path)").attr("href"))
			.startsWith("/skills-check?first=machine-learning-engineer&focus=");
		Document form = page("/skills-check?first=machine-learning-engineer", HttpStatus.OK);
		assertThat(form.select("input[name=first]").val()).isEqualTo("machine-learning-engineer");
	}

	@Test
	void theApiGivesTheSameResultAndTheSameErrors() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/skills-check?v=3&" + ANALYST + "&work=7&lang=en").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.lean").isEqualTo("data-scientist");
		assertThat(result).bodyJson().extractingPath("$.strength").isEqualTo("CLEAR");
		assertThat(result).bodyJson().extractingPath("$.roles[1].onlyHere").isEqualTo(3);
		assertThat(result).bodyJson().extractingPath("$.roles[0].slug").isEqualTo("machine-learning-engineer");
		assertThat(result).bodyJson()
			.extractingPath("$.roles[0].total")
			.as("34 skills, one family of two")
			.isEqualTo(33);
		assertThat(result).bodyJson().extractingPath("$.roles[1].have").isEqualTo(5);
		assertThat(result).bodyJson().extractingPath("$.roles[1].atWork").isEqualTo(1);
		assertThat(result).bodyJson()
			.extractingPath("$.roles[1].learnFirst.steps[0].title")
			.as("Python ticked: no language step; R is never one")
			.isEqualTo("Linear algebra and calculus");
		assertThat(result).bodyJson()
			.extractingPath("$.summary")
			.isEqualTo(
					"Your ticks are closer to Data Scientist: you have 5 of its 22 listed skills (23%) against 2 of 33 (6%) for ML Engineer, and 3 of the 6 skills only Data Scientist lists (50%) against 0 of the 17 only ML Engineer lists (0%).");
		assertThat(result).bodyJson()
			.extractingPath("$.resultPage")
			.isEqualTo("http://localhost/skills-check/result?v=3&have=1.7.8.9.b&work=7");
		MvcTestResult bad = this.mvc.get().uri("/api/v1/skills-check?v=4&have=1").exchange();
		assertThat(bad).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(bad).bodyJson().extractingPath("$.detail").asString().contains("another version");
		assertThat(this.mvc.get().uri("/api/v1/skills-check?v=4&have=1&have=2")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/v3/api-docs")).bodyText().contains("/api/v1/skills-check");
		MvcTestResult skills = this.mvc.get().uri("/api/v1/skills?lang=fr").exchange();
		assertThat(skills).bodyJson().extractingPath("$[32].code").isEqualTo("x");
		assertThat(skills).bodyJson().extractingPath("$[32].explanation").asString().contains("essais et erreurs");
	}

	private Document page(String uri, HttpStatus status) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(uri).hasStatus(status);
		return Html.parse(result);
	}

	private String body(String uri) {
		return page(uri, HttpStatus.OK).outerHtml();
	}

}
