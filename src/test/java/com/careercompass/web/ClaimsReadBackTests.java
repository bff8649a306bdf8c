package com.careercompass.web;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.Source;
import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What our own sentences say about the data, read back from the data: a profile counts
 * the pay figures that give both their survey and their year (it once said all of them
 * did, where 8 of 16 gave no survey), and an untitled article is never given a title in
 * either language on the sources page.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class ClaimsReadBackTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogService catalogs;

	@Test
	void aProfileCountsTheFiguresThatGiveBothTheirSurveyAndTheirYear() {
		Catalog catalog = this.catalogs.catalog();
		int checked = 0;
		for (Role role : catalog.roles()) {
			List<PayFigure> pay = catalog.payOf(role.slug());
			if (pay.size() < 2) {
				continue;
			}
			long both = pay.stream().filter((f) -> f.year() != null && f.survey() != null).count();
			for (String language : List.of("en", "fr")) {
				String line = page("/roles/" + role.slug() + "?lang=" + language).select("#pay .detail-line").text();
				assertThat(line).as(role.slug()).contains(String.valueOf(pay.size()));
				if (both > 1) {
					assertThat(line).as(role.slug()).contains(String.valueOf(both));
				}
			}
			checked += (both < pay.size()) ? 1 : 0;
		}
		assertThat(checked).as("profiles where some figure lacks its survey or year").isPositive();
	}

	@Test
	void anUntitledArticleIsDescribedNeverTitled() {
		Catalog catalog = this.catalogs.catalog();
		List<Source> untitled = catalog.sources().stream().filter(Source::untitled).toList();
		assertThat(untitled).isNotEmpty();
		for (String language : List.of("en", "fr")) {
			Document page = page("/sources?lang=" + language);
			for (Source source : untitled) {
				var entry = page.getElementById(source.id());
				assertThat(entry).as(source.id()).isNotNull();
				assertThat(entry.select("dd[lang=fr]")).as("no French title for %s", source.id()).isEmpty();
				assertThat(entry.select("dd[lang=en]")).as("no English title for %s", source.id()).isEmpty();
			}
		}
	}

	/**
	 * The sources page marks what every other page marks: our dated notes on stopped
	 * tools, and forecasts whose year has passed.
	 */
	@Test
	void theSourcesPageShowsTheToolNotesAndThePassedForecastMarks() {
		Catalog catalog = this.catalogs.catalog();
		List<Skill> noted = catalog.skills().stream().filter((s) -> !s.toolNotes().isEmpty()).toList();
		List<OutlookFact> passed = catalog.outlook()
			.stream()
			.filter((o) -> o.horizonYear() != null && o.horizonPassed(catalog.reviewedOn()))
			.toList();
		assertThat(noted).isNotEmpty();
		assertThat(passed).isNotEmpty();
		for (String language : List.of("en", "fr")) {
			Locale locale = Locale.forLanguageTag(language);
			String text = page("/sources?lang=" + language).select("article.source")
				.text()
				.replace('\u202f', ' ')
				.replace('\u00a0', ' ');
			noted.forEach((s) -> s.toolNotes()
				.forEach((n) -> assertThat(text).as(n.tool())
					.contains(n.note().in(locale).replace('\u202f', ' ').replace('\u00a0', ' '))));
			assertThat(page("/sources?lang=" + language)
				.select("article.source li:contains(" + String.valueOf(passed.get(0).horizonYear()) + ")"))
				.isNotEmpty();
		}
		String english = page("/sources?lang=en").select("article.source").text();
		passed.forEach((o) -> assertThat(english)
			.contains(o.text().en() + (o.survey() != null ? " (" + o.survey().en() + ")" : "") + " — A forecast"));
	}

	private Document page(String uri) {
		return Html.parse(this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange());
	}

}
