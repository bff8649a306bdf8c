package com.careercompass.web;

import java.util.List;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Past forecasts read as past: the home page's market figures lead with those whose
 * horizon is still ahead; a passed one says so in words; large amounts read in words of
 * their size; the API and the CSV flag it.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class ForecastHorizonTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theHomePageShowsTheMarketNowAndTheSourcesPageMarksWhatHasPassed() {
		for (String lang : List.of("en", "fr")) {
			Document home = page("/?lang=" + lang);
			List<Element> facts = home.select(".stat-list li");
			assertThat(facts).as(lang).isNotEmpty();
			assertThat(home.select(".stat-list .horizon-passed")).as(lang + ": no passed forecast on the home page")
				.isEmpty();
			List<Boolean> marked = facts.stream().map((li) -> !li.select(".old-mark").isEmpty()).toList();
			assertThat(marked).as(lang + ": current facts first, then the old or undated ones with their mark")
				.isSortedAccordingTo(Boolean::compare)
				.contains(false);
			String sources = page("/sources?lang=" + lang).select("article.source")
				.text()
				.replace('\u202f', ' ')
				.replace('\u00a0', ' ');
			assertThat(sources).as(lang + ": the passed forecast, with its mark, on the sources page")
				.contains(lang.equals("en")
						? "A forecast for 2025: that year has passed, and our sources have no newer figure."
						: "Prévision pour 2025 : cette année est passée, et nos sources n’ont pas de chiffre plus récent.");
		}
	}

	@Test
	void aForecastStillAheadSaysWhenItWasMade() {
		Document profile = page("/roles/machine-learning-engineer?lang=en");
		assertThat(profile.select("#at-a-glance").text()).contains("until 2027").doesNotContain("has passed");
		assertThat(profile.select("#outlook li").first().text()).contains("30% a year")
			.contains("forecast made in 2023")
			.doesNotContain("has passed");
	}

	@Test
	void theApiAndTheCsvFlagPassedHorizons() throws Exception {
		MvcTestResult api = this.mvc.get().uri("/api/v1/outlook?role=field").exchange();
		String json = api.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(json).contains("\"horizonYear\":2025")
			.contains("\"horizonPassed\":true")
			.contains("\"horizonYear\":2028");
		String csv = this.mvc.get().uri("/data/outlook.csv").exchange().getResponse().getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).contains("horizon_year").contains("horizon_passed");
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(path).hasStatusOk();
		return Html.parse(result);
	}

}
