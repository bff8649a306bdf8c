package com.careercompass.compare;

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
 * The comparison's routes as a web slice over the small test catalog: the picker, its
 * redirect to the shareable address, every bad input a person or a tampered link can
 * send, and a pair's page built from the catalog it is given. The real pair (ML Engineer
 * beside Data Scientist) is checked by {@code web.CompareWebTests}.
 */
@PageSlice(CompareController.class)
@Import(ComparisonService.class)
class CompareControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void thePickerOffersEveryRoleOfTheCatalogThroughAPlainForm() {
		Document page = page("/compare?lang=en", HttpStatus.OK);
		assertThat(page.select("#pick-a option").eachAttr("value")).containsExactly("builder", "analyst", "partial");
		assertThat(page.select("form.picker").attr("method")).isEqualTo("get");
	}

	@Test
	void aSubmittedPickerRedirectsToTheShareableAddressInTheChosenOrderIgnoringOtherParameters() {
		assertThat(get("/compare?a=analyst&b=builder&c=1&utm_source=x")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/compare/analyst-vs-builder");
	}

	@Test
	void theSameRoleTwiceSuggestsEachOtherRole() {
		for (String uri : new String[] { "/compare?a=analyst&b=analyst&lang=en",
				"/compare/analyst-vs-analyst?lang=en" }) {
			Document page = page(uri, HttpStatus.BAD_REQUEST);
			assertThat(page.select("h1").text()).isEqualTo("That is the same role twice");
			assertThat(page.select(".suggestions a").eachAttr("href")).containsExactly("/compare/analyst-vs-builder",
					"/compare/analyst-vs-partial");
		}
	}

	@Test
	void aMissingOrRepeatedRoleGivesThePickerAgainWithAMessageKeepingTheChoice() {
		Document missing = page("/compare?a=analyst&lang=en", HttpStatus.BAD_REQUEST);
		assertThat(missing.select(".form-error").text()).contains("exactly one role on each side");
		assertThat(missing.select("#pick-a option[selected]").attr("value")).isEqualTo("analyst");
		page("/compare?a=analyst&a=builder&b=partial", HttpStatus.BAD_REQUEST);
	}

	@Test
	void anUnknownRoleGivesThePickerAgainInTheReadersLanguageAndNeverEchoesMarkup() {
		Document unknown = page("/compare?a=<script>&b=partial&lang=fr", HttpStatus.NOT_FOUND);
		assertThat(unknown.select(".form-error").text()).contains("Choisissez-le dans la liste");
		assertThat(unknown.select("#pick-b option[selected]").attr("value")).isEqualTo("partial");
		assertThat(unknown.html()).doesNotContain("<script>");
	}

	@Test
	void anAddressThatIsNotAPairOfKnownRolesIsNotFound() {
		assertThat(get("/compare/pilot-vs-analyst")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/compare/analyst-vs-")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/compare/no-pair-here")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPairOpensWithWhenToChooseEachRoleFromTheCatalogsContrasts() {
		Document page = page("/compare/builder-vs-analyst?lang=en", HttpStatus.OK);
		assertThat(page.select("h1").text()).isEqualTo("Builder vs Analyst");
		assertThat(page.select("#decide .decide-side").get(0).text()).contains("want to ship systems");
		assertThat(page.select("#decide .decide-side").get(1).text()).contains("want to write reports");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/compare/builder-vs-analyst?lang=en");
	}

	private Document page(String uri, HttpStatus status) {
		return Html.get(this.mvc, status, uri);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
	}

}
