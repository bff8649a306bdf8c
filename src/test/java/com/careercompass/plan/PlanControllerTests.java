package com.careercompass.plan;

import com.careercompass.quiz.SmallQuiz;
import com.careercompass.skills.SkillsCheckService;
import com.careercompass.support.Html;
import com.careercompass.support.PageSlice;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan as a web slice: the real {@link PlanService} and skills check over the small
 * test catalog and the real scoring of a small quiz: a plan from a skills check, from a
 * quiz result, or with nothing to go on. What a link asks for (a role, a country) is kept
 * or refused, never guessed.
 */
@PageSlice(PlanController.class)
@Import({ PlanService.class, SkillsCheckService.class, SmallQuiz.class })
class PlanControllerTests {

	private static final String FROM_SKILLS = "/plan?skills=3&have=1.2";

	@Autowired
	MockMvcTester mvc;

	@Test
	void withNothingToGoOnThePlanSaysHowToStart() {
		Document start = Html.get(this.mvc, HttpStatus.OK, "/plan?lang=en&utm_source=x");
		assertThat(start.select("main a[href^=/quiz]")).isNotEmpty();
		assertThat(start.select("main a[href^=/skills-check]")).isNotEmpty();
	}

	@Test
	void fromASkillsCheckThePlanIsForTheRoleTheTicksLeanToWithItsPay() {
		Document plan = Html.get(this.mvc, HttpStatus.OK, FROM_SKILLS + "&lang=en");
		assertThat(plan.select("h1").text()).isEqualTo("My plan: Builder");
		assertThat(plan.select(".plan-pay").text()).contains("115,243");
		assertThat(plan.select("link[rel=canonical]").attr("href")).contains("/plan?").contains("have=1.2");
	}

	@Test
	void fromAQuizResultThePlanIsForTheRoleTheAnswersLeanTo() {
		Document builder = Html.get(this.mvc, HttpStatus.OK,
				"/plan?quiz=1&a1=5&a2=5&a3=4&b1=1&b2=2&b3=1&d1=3&d2=0&lang=en");
		assertThat(builder.select("h1").text()).isEqualTo("My plan: Builder");
		Document analyst = Html.get(this.mvc, HttpStatus.OK,
				"/plan?quiz=1&a1=1&a2=2&a3=1&b1=5&b2=5&b3=4&d1=3&d2=0&lang=en");
		assertThat(analyst.select("h1").text()).isEqualTo("My plan: Analyst");
	}

	@Test
	void aChosenRoleAndCountryAreKept() {
		Document plan = Html.get(this.mvc, HttpStatus.OK, FROM_SKILLS + "&role=analyst&lang=fr");
		assertThat(plan.select("h1").text()).isEqualTo("Mon plan pour le métier d’analyste");
		Document paris = Html.get(this.mvc, HttpStatus.OK, FROM_SKILLS + "&country=FR&lang=en");
		assertThat(paris.select(".plan-pay p strong").text()).contains("67,000");
	}

	@Test
	void aRoleOrCountryTheCatalogDoesNotHaveIsDroppedAndSaidTheRestKept() {
		Document pilot = Html.get(this.mvc, HttpStatus.OK, FROM_SKILLS + "&role=pilot&lang=en");
		assertThat(pilot.select("h1").text()).as("the ticks still decide").isEqualTo("My plan: Builder");
		assertThat(pilot.select("main .notice").text()).contains("could not be read").contains("the chosen role");
		Document germany = Html.get(this.mvc, HttpStatus.OK, FROM_SKILLS + "&country=DE&lang=fr");
		assertThat(germany.select(".plan-pay .notice").text()).as("falls back to the first country, and says so")
			.contains("aucun chiffre");
		assertThat(germany.select(".plan-pay p strong").text()).isNotBlank();
	}

	@Test
	void aLinkWithNothingReadableIsRefused() {
		Document invalid = Html.get(this.mvc, HttpStatus.BAD_REQUEST, "/plan?skills=3&have=zz&lang=en");
		assertThat(invalid.select("h1").text()).isEqualTo("This plan link cannot be read");
	}

}
