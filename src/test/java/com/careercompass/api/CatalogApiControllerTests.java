package com.careercompass.api;

import com.careercompass.plan.PlanService;
import com.careercompass.support.PageSlice;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's JSON as a web slice over the small test catalog: filters, the reader's
 * language, problems for bad input, and the query parameters derived from the controller
 * (what its handlers read): a filter the controller reads arrives, a tracking tag does
 * not matter. The real data is checked by {@code ApiTests} and {@code OpenDataTests}.
 */
@PageSlice(CatalogApiController.class)
class CatalogApiControllerTests {

	@Autowired
	MockMvcTester mvc;

	/** The plan's parameters are read from it. */
	@MockitoBean
	PlanService plans;

	@Test
	void everyRoleOfTheCatalogInItsOrderWithItsAddress() {
		MvcTestResult result = get("/api/v1/roles?lang=en");
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson()
			.extractingPath("$[*].slug")
			.asArray()
			.containsExactly("builder", "analyst", "partial");
		assertThat(result).bodyJson().extractingPath("$[2].partial").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$[0].href").isEqualTo("/api/v1/roles/builder");
	}

	@Test
	void payFiguresFilterByRoleCountryAndCurrencyWhateverTheTrackingTags() {
		assertThat(get("/api/v1/salaries?country=fr&utm_source=newsletter")).bodyJson()
			.extractingPath("$[*].amount")
			.asArray()
			.containsExactly(67000);
		assertThat(get("/api/v1/salaries?currency=USD&role=builder")).bodyJson()
			.extractingPath("$[*].amount")
			.asArray()
			.containsExactly(115243, 80000, 157000);
		assertThat(get("/api/v1/salaries?role=analyst")).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	void textsComeInTheAskedLanguage() {
		assertThat(get("/api/v1/roles?lang=fr")).bodyJson()
			.extractingPath("$[0].name")
			.isEqualTo("Bâtisseur de modèles");
		assertThat(get("/api/v1/skills?role=analyst&lang=fr")).bodyJson()
			.extractingPath("$[*].name")
			.asArray()
			.containsExactly("Python", "Statistiques");
	}

	@Test
	void anUnknownRoleIsAProblemNotFound() {
		MvcTestResult result = get("/api/v1/roles/nobody");
		assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("/api/v1/roles");
		assertThat(get("/api/v1/salaries?role=nobody")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aMalformedCountryOrCurrencyIsABadRequest() {
		assertThat(get("/api/v1/salaries?country=FRA")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(get("/api/v1/salaries?currency=U5D")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
	}

}
