package com.careercompass.web;

import java.nio.charset.StandardCharsets;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.DateMark;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.PayFigure;
import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import com.careercompass.system.format.Formats;
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
 * Old and undated figures marked wherever they appear: the BLS figure of May 2021 (5
 * years 6 months before the review), figures without a year by their article's date,
 * figures that nothing dates as undated, and outlook facts by the same rule as pay.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class DatedFiguresWebTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogService catalogs;

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
	void aPayFigureThatNothingDatesSaysSoInItsRow() {
		Catalog catalog = this.catalogs.catalog();
		List<PayFigure> undated = catalog.pay()
			.stream()
			.filter((f) -> DateMark.isUndated(catalog.dateMark(f, Locale.ENGLISH)))
			.toList();
		assertThat(undated).as("the data has undated figures").isNotEmpty();
		for (String lang : List.of("en", "fr")) {
			String mark = lang.equals("en") ? "undated article" : "article non daté";
			for (PayFigure f : undated) {
				String amount = Formats.money(f.amount(), f.currency(), Locale.forLanguageTag(lang))
					.replaceAll("\\h", " ");
				Document profile = page("/roles/" + f.roleSlug() + "?lang=" + lang);
				assertThat(profile.select("#pay tbody tr")
					.stream()
					.filter((tr) -> tr.text().replaceAll("\\h", " ").contains(amount))).as(lang + ": " + amount)
					.isNotEmpty()
					.allSatisfy((tr) -> assertThat(tr.select(".old-mark").eachText()).containsExactly(mark));
			}
		}
	}

	@Test
	void everyOldOrUndatedOutlookFactIsMarkedOnItsProfileAndTheSourcesPage() {
		Catalog catalog = this.catalogs.catalog();
		List<OutlookFact> marked = catalog.outlook().stream().filter((o) -> catalog.dateMark(o) != null).toList();
		assertThat(marked).as("the 344%, the LinkedIn ranking, the undated report").hasSizeGreaterThanOrEqualTo(3);
		for (String lang : List.of("en", "fr")) {
			Locale locale = Locale.forLanguageTag(lang);
			Document sources = page("/sources?lang=" + lang);
			for (OutlookFact o : marked) {
				DateMark mark = catalog.dateMark(o);
				String expected = (lang.equals("en")
						? Map.of(DateMark.Kind.OLD, "old figure (" + mark.when() + ")", DateMark.Kind.OLD_ARTICLE,
								"old figure (article of " + mark.when() + ")", DateMark.Kind.UNDATED, "undated article")
						: Map.of(DateMark.Kind.OLD, "chiffre ancien (" + mark.when() + ")", DateMark.Kind.OLD_ARTICLE,
								"chiffre ancien (article de " + mark.when() + ")", DateMark.Kind.UNDATED,
								"article non daté"))
					.get(mark.kind());
				String text = o.text().in(locale);
				if (o.roleSlug() != null) {
					Document profile = page("/roles/" + o.roleSlug() + "?lang=" + lang);
					assertThat(profile.select("#outlook li").stream().filter((li) -> li.text().contains(text)))
						.as(lang + ": " + text)
						.singleElement()
						.satisfies((li) -> assertThat(li.select(".old-mark").text()).isEqualTo(expected));
				}
				assertThat(sources.select("li").stream().filter((li) -> li.ownText().contains(text)))
					.as(lang + " /sources: " + text)
					.isNotEmpty()
					.allSatisfy((li) -> assertThat(li.text()).contains(expected));
			}
		}
	}

	@Test
	void theApiAndTheCsvFlagOldFigures() throws Exception {
		String json = this.mvc.get()
			.uri("/api/v1/salaries?role=data-scientist&country=US")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"surveyMonth\":5").contains("\"old\":true").contains("\"old\":false");
		String undated = this.mvc.get()
			.uri("/api/v1/salaries?role=data-scientist&country=FR")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(undated).contains("\"undated\":true");
		String outlook = this.mvc.get()
			.uri("/api/v1/outlook")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(outlook).contains("\"reportedYear\":2017").contains("\"undated\":true");
		String csv = this.mvc.get().uri("/data/salaries.csv").exchange().getResponse().getContentAsString();
		assertThat(csv.lines().findFirst().orElseThrow()).contains("survey_month").contains(",old");
	}

	private Document page(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(path).hasStatusOk();
		return Html.parse(result);
	}

}
