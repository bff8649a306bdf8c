package com.careercompass.skills;

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
 * The skills check as a web slice: the real {@link SkillsCheckService} over the small
 * test catalog (Builder: Python and CUDA; Analyst: Python and Statistics), so the form,
 * its redirect, its errors and the result are checked without the database. The real
 * skill list is checked by {@code web.SkillsCheckWebTests} and the browser journeys.
 */
@PageSlice(SkillsController.class)
@Import(SkillsCheckService.class)
class SkillsControllerTests {

	private static final String V = "v=" + SkillsCheck.VERSION;

	@Autowired
	MockMvcTester mvc;

	@Test
	void theFormOffersOneBoxPerSkillOfTheFullRolesAndAPlainGet() {
		Document form = Html.get(this.mvc, HttpStatus.OK, "/skills-check?lang=en");
		assertThat(form.select("input[name=have]").eachAttr("value")).containsExactlyInAnyOrder("1", "2", "3");
		assertThat(form.select("input[name=work]")).hasSize(3);
		assertThat(form.select("form").attr("method")).isEqualTo("get");
	}

	@Test
	void aSubmissionGoesToTheCompactResultAddressIgnoringTrackingTags() {
		assertThat(this.mvc.get().uri("/skills-check?" + V + "&have=2&have=1&work=1&utm_source=x"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/skills-check/result?" + V + "&have=1.2&work=1");
	}

	@Test
	void aTickThatCannotBeReadComesBackCountedWithTheOthersKept() {
		Document form = Html.get(this.mvc, HttpStatus.BAD_REQUEST, "/skills-check?" + V + "&have=1&have=zz&lang=en");
		assertThat(form.select(".error-summary h2").text()).isEqualTo("One tick could not be read");
		assertThat(form.select("input[name=have][checked]").eachAttr("value")).containsExactly("1");
	}

	@Test
	void theResultSaysHowMuchOfEachRoleTheTicksCover() {
		Document result = Html.get(this.mvc, HttpStatus.OK, "/skills-check/result?" + V + "&have=1.2&lang=en");
		assertThat(result.select("h1").text()).isEqualTo("How close your skills are to each role");
		assertThat(result.select(".coverage-list").text()).contains("2 of 2 (100%)").contains("1 of 2 (50%)");
	}

	@Test
	void aResultLinkThatCannotBeReadSaysSo() {
		Document invalid = Html.get(this.mvc, HttpStatus.BAD_REQUEST, "/skills-check/result?" + V + "&have=9z&lang=en");
		assertThat(invalid.select("h1").text()).isEqualTo("This skills-check link does not work");
	}

}
