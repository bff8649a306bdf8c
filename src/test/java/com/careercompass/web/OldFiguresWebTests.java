package com.careercompass.web;

import java.nio.charset.StandardCharsets;

import com.careercompass.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Old figures marked by date wherever they appear (issue 25): the BLS figure of May 2021
 * (5 years 6 months before the review), and figures without a year by their article's
 * date.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OldFiguresWebTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theMayTwentyTwentyOneFigureIsMarkedOnTheProfileTheComparisonAndTheSourcesPage() {
		assertThat(page("/roles/data-scientist?lang=en").select("#pay .old-mark").eachText())
			.contains("old figure (May 2021)");
		assertThat(page("/roles/data-scientist?lang=fr").select("#pay .old-mark").eachText())
			.contains("chiffre ancien (mai 2021)");
		assertThat(page("/compare/machine-learning-engineer-vs-data-scientist?lang=en").select("#pay .old-mark")
			.eachText()).contains("old figure (May 2021)");
		assertThat(page("/sources?lang=en").select("#dataversity-2023").text()).contains("old figure (May 2021)");
	}

	@Test
	void aFigureWithoutAYearIsDatedByItsArticle() {
		Document profile = page("/roles/machine-learning-engineer?lang=en");
		assertThat(profile.select("#pay .old-mark").eachText()).contains("old figure (article of 2019)");
		assertThat(page("/sources?lang=fr").select("#mle-roles-2019").text())
			.contains("chiffre ancien (article de 2019)");
	}

	@Test
	void theApiAndTheCsvFlagOldFigures() throws Exception {
		String json = this.mvc.get()
			.uri("/api/v1/salaries?role=data-scientist&country=US")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"surveyMonth\":5").contains("\"old\":true").contains("\"old\":false");
		String csv = this.mvc.get().uri("/data/salaries.csv").exchange().getResponse().getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).contains("survey_month").contains(",old");
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(path).hasStatusOk();
		return Html.parse(result);
	}

}
