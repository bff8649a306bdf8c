package com.careercompass.web;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Role;
import com.careercompass.system.format.Formats;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fact in the database is visible to a reader in both languages: on a page of its
 * own, and under its source article on the sources page.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class EveryFactVisibleTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogService catalogs;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyFactAppearsOnSomePage(String language) {
		Locale locale = Locale.forLanguageTag(language);
		Catalog catalog = this.catalogs.catalog();
		// The home page shows the market now; passed forecasts and where ML is used are
		// on
		// the sources page, the points of contrast on the comparison.
		List<String> paths = new ArrayList<>(
				List.of("/", "/roles", "/sources", "/compare/machine-learning-engineer-vs-data-scientist"));
		catalog.roles().forEach((r) -> paths.add("/roles/" + r.slug()));
		String site = String.join("\n", paths.stream().map((p) -> text(p, language)).toList());

		List<String> expected = new ArrayList<>();
		Stream.of(catalog.facts().stream().map((f) -> f.text()), catalog.skills().stream().map((s) -> s.name()),
				catalog.premiums().stream().map((p) -> p.skill()), catalog.payContext().stream().map((c) -> c.text()),
				catalog.outlook().stream().map((o) -> o.text()), catalog.useCases().stream().map((u) -> u.text()),
				catalog.contrasts().stream().map((c) -> c.aspect()),
				catalog.contrasts().stream().flatMap((c) -> c.sides().values().stream()),
				catalog.roles().stream().map(Role::name))
			.flatMap((s) -> s)
			.map((t) -> t.in(locale))
			.forEach(expected::add);
		catalog.pay().stream().map((p) -> Formats.money(p.amount(), p.currency(), locale)).forEach(expected::add);
		assertThat(expected).hasSizeGreaterThan(150).allSatisfy((fact) -> assertThat(site).contains(spaces(fact)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyFactIsListedUnderItsSourceArticle(String language) {
		Locale locale = Locale.forLanguageTag(language);
		Catalog catalog = this.catalogs.catalog();
		Document sources = Html
			.parse(this.mvc.get().uri("/sources?lang=" + language).accept(MediaType.TEXT_HTML).exchange());
		assertThat(sources.select("article.source")).hasSize(catalog.sources().size());
		catalog.facts().forEach((f) -> f.sourceIds().forEach((id) -> assertListed(sources, id, f.text(), locale)));
		catalog.skills().forEach((s) -> s.sourceIds().forEach((id) -> assertListed(sources, id, s.name(), locale)));
		catalog.outlook().forEach((o) -> assertListed(sources, o.sourceId(), o.text(), locale));
		catalog.useCases().forEach((u) -> u.sourceIds().forEach((id) -> assertListed(sources, id, u.text(), locale)));
		catalog.premiums().forEach((p) -> assertListed(sources, p.sourceId(), p.skill(), locale));
		catalog.payContext().forEach((c) -> assertListed(sources, c.sourceId(), c.text(), locale));
		catalog.contrasts()
			.forEach((c) -> c.sourceIds().forEach((id) -> assertListed(sources, id, c.aspect(), locale)));
		for (PayFigure p : catalog.pay()) {
			assertThat(spaces(article(sources, p.sourceId()).text()))
				.contains(spaces(Formats.money(p.amount(), p.currency(), locale)));
		}
		assertThat(sources.select(".data-notes li")).hasSize(8);
		assertThat(sources.select(".data-notes p").first().text())
			.startsWith(language.equals("fr") ? "Pour 8 chiffres" : "In 8 figures");
	}

	/** Page text and formatted numbers agree once every kind of space is a plain one. */
	private static String spaces(String text) {
		return text.replaceAll("[\\h]", " ");
	}

	private static void assertListed(Document sources, String sourceId, LocalizedText text, Locale locale) {
		assertThat(article(sources, sourceId).text()).as(sourceId).contains(text.in(locale));
	}

	private static Element article(Document sources, String sourceId) {
		Element article = sources.getElementById(sourceId);
		assertThat(article).as(sourceId).isNotNull();
		return article;
	}

	private String text(String path, String language) {
		return spaces(Html.parse(this.mvc.get().uri(path + "?lang=" + language).accept(MediaType.TEXT_HTML).exchange())
			.text());
	}

}
