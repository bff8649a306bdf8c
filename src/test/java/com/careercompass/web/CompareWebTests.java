package com.careercompass.web;

import com.careercompass.support.Html;
import com.careercompass.career.CatalogService;
import com.careercompass.compare.Comparison;
import com.careercompass.compare.ComparisonService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route of the comparison, and every bad input a person or a tampered link can
 * send.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompareWebTests {

	private static final String PAIR = "/compare/machine-learning-engineer-vs-data-scientist";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ComparisonService comparisons;

	@Autowired
	CatalogService catalogs;

	@Test
	void pickerPreselectsMlEngineerAndDataScientist() {
		Document page = page("/compare?lang=en", HttpStatus.OK);
		assertThat(page.select("#pick-a option[selected]").attr("value")).isEqualTo("machine-learning-engineer");
		assertThat(page.select("#pick-b option[selected]").attr("value")).isEqualTo("data-scientist");
		assertThat(page.select("#pick-a option")).hasSize(5);
		assertThat(page.select("form.picker").attr("method")).isEqualTo("get");
	}

	@Test
	void submittedPickerRedirectsToTheShareableAddressInTheChosenOrder() {
		assertThat(this.mvc.get().uri("/compare?a=data-scientist&b=machine-learning-engineer"))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/compare/data-scientist-vs-machine-learning-engineer");
	}

	@Test
	void pairPageShowsTheOverlapTheDataGives() {
		Comparison c = this.comparisons.compare("machine-learning-engineer", "data-scientist");
		Document page = page(PAIR + "?lang=en", HttpStatus.OK);
		assertThat(page.select(".overlap-count").eachText()).containsExactly(String.valueOf(c.skills().onlyA().size()),
				String.valueOf(c.skills().shared().size()), String.valueOf(c.skills().onlyB().size()));
		assertThat(page.select("#skills-shared li")).hasSize(c.skills().shared().size());
		assertThat(page.select("#skills-only-a li")).hasSize(c.skills().onlyA().size());
		assertThat(page.select(".overlap-diagram a").eachAttr("href")).containsExactly("#skills-only-a",
				"#skills-shared", "#skills-only-b");
		assertThat(page.select(".overlap-diagram a").eachAttr("aria-label"))
			.allSatisfy((l) -> assertThat(l).isNotBlank());
		assertThat(page.select("#differences tbody tr")).hasSize(this.catalogs.catalog().contrasts().size());
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + PAIR);
	}

	@Test
	void paySharesAScaleOnlyWithinOneCurrencyAndSetsOutLikeForLikeFigures() {
		Document page = page(PAIR + "?lang=en", HttpStatus.OK);
		assertThat(page.select("#pay .pay-group h3").eachText()).containsExactly("United States, US Dollar (USD)",
				"France, Euro (EUR)", "India, Indian Rupee (INR)");
		assertThat(page.select("#pay .pay-group").get(0).select(".pay-chart figcaption").text()).contains("$200,000");
		assertThat(page.select("#pay .pay-group").get(2).select(".pay-chart")).as("only one side has INR figures")
			.isEmpty();
		assertThat(page.select("#pay .pay-group").get(2).text()).contains("No figures for Data Scientist");
		assertThat(page.select(".match-table tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("PayScale (average base salary) · 2023", "Mean", "$115,243",
					"$99,344", "$15,899 more for ML Engineer"));
		assertThat(page.select("#pay .one-line").text()).contains("$115,243", "$99,344");
	}

	@Test
	void reversePairSwapsSidesAndPointsAtTheCanonicalAddress() {
		Document page = page("/compare/data-scientist-vs-machine-learning-engineer?lang=en", HttpStatus.OK);
		assertThat(page.select("h1").text()).isEqualTo("Data Scientist vs ML Engineer");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + PAIR);
		assertThat(page.select("a.swap").attr("href")).isEqualTo(PAIR);
		assertThat(page.select(".overlap-count").eachText()).element(0)
			.isEqualTo(page(PAIR, HttpStatus.OK).select(".overlap-count").eachText().get(2));
	}

	@Test
	void frenchComparisonIsInFrench() {
		Document page = page(PAIR + "?lang=fr", HttpStatus.OK);
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("h2#skills-heading").text()).isEqualTo("Compétences par type");
		assertThat(page.select("#skills .one-line").text()).contains("compétences en commun");
	}

	@Test
	void partialRolesCompare() {
		Document page = page("/compare/ai-engineer-vs-data-engineer?lang=en", HttpStatus.OK);
		assertThat(page.select(".notice").text()).contains("say little");
		assertThat(page.select("#differences .one-line").text()).contains("no point-by-point contrast");
		assertThat(page.select("#pay").text()).contains("no pay figures");
	}

	@Test
	void sameRoleTwiceSuggestsTheOthers() {
		for (String uri : new String[] { "/compare?a=data-scientist&b=data-scientist",
				"/compare/data-scientist-vs-data-scientist" }) {
			Document page = page(uri + (uri.contains("?") ? "&" : "?") + "lang=en", HttpStatus.BAD_REQUEST);
			assertThat(page.select("h1").text()).isEqualTo("That is the same role twice");
			assertThat(page.select(".suggestions a").eachAttr("href")).hasSize(4)
				.contains("/compare/data-scientist-vs-machine-learning-engineer");
		}
	}

	@Test
	void missingOrRepeatedParametersGiveThePickerWithAMessageKeepingTheChoice() {
		Document missing = page("/compare?a=data-scientist&lang=en", HttpStatus.BAD_REQUEST);
		assertThat(missing.select(".form-error").text()).contains("exactly one role on each side");
		assertThat(missing.select("#pick-a option[selected]").attr("value")).isEqualTo("data-scientist");
		assertThat(this.mvc.get().uri("/compare?a=data-scientist&b=ai-engineer&c=1&utm_source=x"))
			.as("parameters the picker does not know are ignored")
			.hasStatus(HttpStatus.FOUND)
			.hasHeader("Location", "/compare/data-scientist-vs-ai-engineer");
		page("/compare?a=data-scientist&a=ai-engineer&b=data-engineer", HttpStatus.BAD_REQUEST);
		Document unknown = page("/compare?a=<script>&b=data-engineer&lang=fr", HttpStatus.NOT_FOUND);
		assertThat(unknown.select(".form-error").text()).contains("Choisissez-le dans la liste");
		assertThat(unknown.select("#pick-b option[selected]").attr("value")).isEqualTo("data-engineer");
		assertThat(unknown.html()).doesNotContain("<script>");
	}

	@Test
	void unknownRolesInThePairAddressAreNotFound() {
		assertThat(this.mvc.get().uri("/compare/pilot-vs-data-scientist")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/compare/data-scientist-vs-")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/compare/no-pair-here")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void comparisonIsLinkedFromHomeRolesAndEveryProfile() {
		assertThat(page("/", HttpStatus.OK).select("a[href=" + PAIR + "]")).isNotEmpty();
		assertThat(page("/roles", HttpStatus.OK).select("a[href=" + PAIR + "]")).isNotEmpty();
		for (var role : this.catalogs.catalog().roles()) {
			assertThat(page("/roles/" + role.slug(), HttpStatus.OK).select(".compare-with a")).hasSize(4)
				.allSatisfy((a) -> assertThat(a.attr("href")).startsWith("/compare/" + role.slug() + "-vs-"));
		}
	}

	private Document page(String uri, HttpStatus status) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(uri).hasStatus(status);
		return Html.parse(result);
	}

}
