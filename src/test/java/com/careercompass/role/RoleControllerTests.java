package com.careercompass.role;

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
import static org.mockito.BDDMockito.given;

/**
 * The role pages as a web slice over a small hand-made catalog: what the controller puts
 * on the page for the catalog it is given, with no database. The slice keeps the portal's
 * canonical request (a parameter the role feature does not declare, what its handler
 * reads, never reaches it). The real data on these pages is checked by the
 * full-application tests in {@code web}.
 */
@PageSlice(RoleController.class)
class RoleControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theListLinksEveryRoleOfTheCatalog() {
		Document page = page("/roles?lang=en");
		assertThat(page.select("main a[href^=/roles/]").eachAttr("href")).contains("/roles/builder", "/roles/analyst",
				"/roles/partial");
		assertThat(page.select("main").text()).contains("Model Builder", "Data Analyst", "Partial Role");
	}

	@Test
	void aProfileShowsItsRoleItsPayByCountryAndOneAddressForSearchEngines() {
		Document page = page("/roles/builder?lang=en&utm_source=x");
		assertThat(page.select("h1").text()).isEqualTo("Model Builder");
		assertThat(page.select("main").text()).contains("115,243", "80,000", "157,000", "67,000", "Deploys models",
				"CUDA");
		assertThat(page.select("main").text()).doesNotContain("Analyses data.");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/roles/builder?lang=en");
		assertThat(page.select("script[type=application/ld+json]").html()).contains("Model Builder");
	}

	@Test
	void inFrenchTheProfileIsInFrenchWithFrenchNumbers() {
		Document page = page("/roles/builder?lang=fr");
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("h1").text()).isEqualTo("Bâtisseur de modèles");
		assertThat(page.select("main").text().replace('\u202f', ' ').replace('\u00a0', ' ')).contains("115 243");
	}

	@Test
	void anUnknownRoleIsNotFound() {
		assertThat(get("/roles/nobody?lang=en")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aWayBackToAResultOfThisSiteIsOfferedBesideEachSkill() {
		Document page = profileWayBack("/skills-check/result?v=3&have=1");

		assertThat(page.select("li[id^=skill-] a.skill-back")).hasSize(2)
			.allSatisfy((a) -> assertThat(a.attr("href")).isEqualTo("/skills-check/result?v=3&have=1&lang=en"));
		assertThat(profileWayBack("https://evil.example/quiz/result").select("a.skill-back")).isEmpty();
	}

	private Document profileWayBack(String back) {
		return Html.get(this.mvc, HttpStatus.OK, "/roles/builder?back={back}&lang=en", back);
	}

	private Document page(String uri) {
		return Html.get(this.mvc, HttpStatus.OK, uri);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
	}

}
