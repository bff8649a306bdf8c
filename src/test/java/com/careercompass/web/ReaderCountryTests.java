package com.careercompass.web;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.FactKind;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.PayFigure;
import com.careercompass.career.ReaderCountry;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Role;
import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import com.careercompass.support.Pages;
import com.careercompass.system.format.Formats;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * France first for a French reader wherever pay is shown country by country: a profile's
 * glance and pay section, a comparison's pay, the plan's country (and its default); an
 * English reader keeps the sources' order. Every role with figures in France and
 * elsewhere is checked, from the data.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class ReaderCountryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogService catalogs;

	@Test
	void aWayInGivenForOneCountrySaysWhichOnEveryPageThatShowsIt() {
		Catalog catalog = this.catalogs.catalog();
		List<RoleFact> scoped = catalog.facts()
			.stream()
			.filter((f) -> f.kind() == FactKind.EDUCATION && f.country() != null)
			.toList();
		assertThat(scoped).as("the US statistics office's picture of the data scientist").isNotEmpty();
		for (String lang : List.of("en", "fr")) {
			Locale locale = Locale.forLanguageTag(lang);
			for (RoleFact fact : scoped) {
				String label = (lang.equals("en") ? "%s only" : "%s uniquement")
					.formatted(Formats.country(fact.country(), locale));
				String text = fact.text().in(locale);
				Document profile = page("/roles/" + fact.roleSlug() + "?lang=" + lang);
				assertThat(profile.select("#education li").stream().filter((li) -> li.text().contains(text)))
					.as(lang + ": " + text)
					.singleElement()
					.satisfies((li) -> assertThat(li.select(".fact-country").text().replaceAll("\\h", " "))
						.isEqualTo(label));
				if (catalog.wayInOf(fact.roleSlug(), locale).get(0) == fact) {
					assertThat(profile.select("#at-a-glance dd").stream().filter((dd) -> dd.text().contains(text)))
						.as(lang + ": the glance's way in")
						.singleElement()
						.satisfies((dd) -> assertThat(dd.select(".fact-country").text()).isEqualTo(label));
				}
			}
		}
	}

	@Test
	void aFrenchReaderSeesTheRoutesGivenForFranceFirst() {
		RoleFact general = new RoleFact("r", FactKind.EDUCATION, new LocalizedText("Any degree", "Tout diplôme"),
				List.of("s"), null, null);
		RoleFact us = new RoleFact("r", FactKind.EDUCATION, new LocalizedText("US", "É.-U."), List.of("s"), null, "US");
		RoleFact france = new RoleFact("r", FactKind.EDUCATION, new LocalizedText("France", "France"), List.of("s"),
				null, "FR");
		List<RoleFact> facts = List.of(us, general, france);
		assertThat(ReaderCountry.first(facts, RoleFact::country, Locale.FRENCH)).containsExactly(france, us, general);
		assertThat(ReaderCountry.first(facts, RoleFact::country, Locale.ENGLISH)).containsExactlyElementsOf(facts);
	}

	@Test
	void aFrenchReaderSeesFranceFirstAndAnEnglishReaderTheSourcesOrder() {
		Catalog catalog = this.catalogs.catalog();
		int checked = 0;
		for (Role role : catalog.roles()) {
			List<String> countries = catalog.payOf(role.slug()).stream().map(PayFigure::country).distinct().toList();
			if (countries.size() < 2 || !countries.contains("FR")) {
				continue;
			}
			checked++;
			Document french = page("/roles/" + role.slug() + "?lang=fr");
			String france = Formats.country("FR", Locale.FRENCH);
			assertThat(french.select(".glance-pay li").first().text()).as(role.slug()).contains(france);
			assertThat(french.select(".pay-group h4").first().text()).as(role.slug()).contains(france);
			Document english = page("/roles/" + role.slug() + "?lang=en");
			String first = Formats.country(countries.get(0), Locale.ENGLISH);
			assertThat(english.select(".glance-pay li").first().text()).as(role.slug()).contains(first);
			assertThat(english.select(".pay-group h4").first().text()).as(role.slug()).contains(first);
		}
		assertThat(checked).as("roles with pay in France and elsewhere").isPositive();
	}

	@Test
	void aComparisonAndAPlanPutFranceFirstForAFrenchReader() {
		String france = Formats.country("FR", Locale.FRENCH);
		Document compare = page("/compare/machine-learning-engineer-vs-data-scientist?lang=fr");
		assertThat(compare.select("#pay .pay-group h4").first().text()).contains(france);
		Document plan = page(Pages.PLAN + "&lang=fr");
		assertThat(plan.select("#plan-country option").first().attr("value")).isEqualTo("FR");
		assertThat(plan.select("#plan-country option[selected]").attr("value")).as("the plan's default country")
			.isEqualTo("FR");
		Document english = page(Pages.PLAN + "&lang=en");
		assertThat(english.select("#plan-country option[selected]").attr("value")).isNotEqualTo("FR");
		Document chosen = page(Pages.PLAN + "&country=US&lang=fr");
		assertThat(chosen.select("#plan-country option[selected]").attr("value")).as("a chosen country stays")
			.isEqualTo("US");
	}

	private Document page(String uri) {
		return Html.parse(this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange());
	}

}
