package com.careercompass.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Role;
import com.careercompass.career.Statistic;
import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Machines read the portal too: schema.org Occupation JSON-LD on every role profile, a
 * sitemap of every page in both languages, and robots.txt.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class MachineReadableTests {

	private static final Set<String> SALARY_TYPES = Set.of("MonetaryAmountDistribution", "MonetaryAmount");

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogService catalogs;

	@Test
	void everyProfileDescribesItsOccupationWithTheRequiredPropertiesOfEachType() {
		Catalog catalog = this.catalogs.catalog();
		for (Role role : catalog.roles()) {
			for (String lang : List.of("en", "fr")) {
				String what = role.slug() + " in " + lang;
				var page = Html.parse(this.mvc.get()
					.uri("/roles/" + role.slug() + "?lang=" + lang)
					.accept(MediaType.TEXT_HTML)
					.exchange());
				var scripts = page.select("script[type=application/ld+json]");
				assertThat(scripts).as(what).hasSize(1);
				JsonNode occupation = this.json.readTree(scripts.first().data());
				assertThat(occupation.get("@context").asString()).isEqualTo("https://schema.org");
				assertThat(occupation.get("@type").asString()).isEqualTo("Occupation");
				assertThat(occupation.get("name").asString()).isEqualTo(page.select("h1").text());
				assertThat(occupation.get("description").asString()).isNotBlank();
				assertThat(occupation.get("url").asString())
					.isEqualTo("http://localhost/roles/" + role.slug() + "?lang=" + lang);
				assertThat(occupation.path("skills").size()).as(what).isEqualTo(catalog.skillsOf(role.slug()).size());
				List<PayFigure> pay = catalog.payOf(role.slug());
				Locale locale = Locale.forLanguageTag(lang);
				List<PayFigure> current = pay.stream().filter((f) -> catalog.dateMark(f, locale) == null).toList();
				long medians = current.stream().filter((f) -> f.statistic() == Statistic.MEDIAN).count();
				long ranges = current.stream().filter((f) -> f.statistic() == Statistic.RANGE_LOW).count();
				JsonNode salaries = occupation.path("estimatedSalary");
				assertThat(salaries.size())
					.as(what + ": a median or a range per salary the pages do not mark old or undated, no mean")
					.isEqualTo((int) (medians + ranges));
				for (JsonNode salary : salaries) {
					String type = salary.get("@type").asString();
					assertThat(type).isIn(SALARY_TYPES);
					assertThat(Currency.getInstance(salary.get("currency").asString())).isNotNull();
					assertThat(salary.get("name").asString()).as("names its survey year")
						.containsPattern("\\b20\\d\\d\\b");
					if (type.equals("MonetaryAmountDistribution")) {
						assertThat(salary.get("duration").asString()).isEqualTo("P1Y");
						assertThat(salary.get("median").isNumber()).isTrue();
					}
					else {
						assertThat(salary.get("minValue").decimalValue())
							.isLessThan(salary.get("maxValue").decimalValue());
						assertThat(salary.get("unitText").asString()).isEqualTo("YEAR");
					}
					assertThat(salary.has("value") || salary.has("mean")).isFalse();
				}
				JsonNode places = occupation.path("occupationLocation");
				assertThat(places.size()).isEqualTo((int) pay.stream().map(PayFigure::country).distinct().count());
				places.forEach((p) -> {
					assertThat(p.get("@type").asString()).isEqualTo("Country");
					assertThat(p.get("name").asString()).isNotBlank();
				});
			}
		}
	}

	@Test
	void theSiteMapListsEveryPageInBothLanguagesWithItsAlternatesAndEachAnswers() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_XML);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		var xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(
					result.getResponse().getContentAsString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));
		NodeList urls = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
		Catalog catalog = this.catalogs.catalog();
		int pairs = catalog.roles().size() * (catalog.roles().size() - 1) / 2;
		// home, roles, each profile, compare, each pair, quiz, skills check, sources,
		// open data, and the page of each skill the full roles list
		long skills = catalog.skills()
			.stream()
			.filter((s) -> catalog.fullRoles().stream().anyMatch((r) -> s.neededBy(r.slug())))
			.count();
		int pages = 2 + catalog.roles().size() + 1 + pairs + 4 + (int) skills;
		assertThat(urls.getLength()).isEqualTo(2 * pages);
		List<String> locs = new ArrayList<>();
		Map<String, Map<String, String>> alternates = new LinkedHashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			String loc = url.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc")
				.item(0)
				.getTextContent();
			locs.add(loc);
			NodeList links = url.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link");
			Map<String, String> byLanguage = new LinkedHashMap<>();
			for (int j = 0; j < links.getLength(); j++) {
				byLanguage.put(((Element) links.item(j)).getAttribute("hreflang"),
						((Element) links.item(j)).getAttribute("href"));
			}
			assertThat(byLanguage.keySet()).containsExactly("en", "fr", "x-default");
			alternates.put(loc, byLanguage);
		}
		assertThat(locs).contains("http://localhost/compare/machine-learning-engineer-vs-data-scientist?lang=fr",
				"http://localhost/roles/ai-engineer?lang=en", "http://localhost/skills-check?lang=fr",
				"http://localhost/learn/1?lang=fr");
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (String loc : locs) {
			MvcTestResult page = this.mvc.get()
				.uri(loc.substring("http://localhost".length()))
				.accept(MediaType.TEXT_HTML)
				.exchange();
			assertThat(page).as(loc).hasStatusOk();
			Document html = Html.parse(page);
			// Each language version is its own canonical address, and the page, its
			// alternates and the sitemap agree (docs/seo.md).
			assertThat(html.select("link[rel=canonical]").attr("href")).as(loc).isEqualTo(loc);
			assertThat(html.select("meta[property=og:url]").attr("content")).as(loc).isEqualTo(loc);
			Map<String, String> inPage = new LinkedHashMap<>();
			html.select("link[rel=alternate][hreflang]").forEach((l) -> inPage.put(l.attr("hreflang"), l.attr("href")));
			assertThat(inPage).as(loc).isEqualTo(alternates.get(loc));
			assertThat(alternates.get(loc)).as(loc).containsValue(loc);
			String description = html.select("meta[name=description]").attr("content");
			assertThat(description).as(loc).isNotBlank().doesNotContain("{0}", "null");
			assertThat(html.select("meta[property=og:title]").attr("content")).as(loc).isNotBlank();
			assertThat(html.select("meta[property=og:description]").attr("content")).isEqualTo(description);
			assertThat(descriptions.put(description, loc)).as("the description of %s is also that of another page", loc)
				.isNull();
		}
	}

	@Test
	void aProfilesStructuredDataNamesItsOwnLanguageAddress() throws Exception {
		for (String language : List.of("en", "fr")) {
			Document page = Html.parse(this.mvc.get()
				.uri("/roles/data-scientist?lang=" + language)
				.accept(MediaType.TEXT_HTML)
				.exchange());
			JsonNode ld = this.json.readTree(page.select("script[type=application/ld+json]").first().data());
			assertThat(ld.path("url").asText()).isEqualTo(page.select("link[rel=canonical]").attr("href"))
				.endsWith("?lang=" + language);
		}
	}

	@Test
	void robotsPointToTheSiteMapAndKeepCrawlersOffEndlessQuizResults() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.bodyText()
			.contains("Sitemap: http://localhost/sitemap.xml")
			.contains("Disallow: /quiz/result")
			// A skills-check result, and a plan, is reached only from a link someone
			// shared
			// (no page links to a result it did not make), so crawlers may index those.
			.doesNotContain("Disallow: /skills-check")
			.doesNotContain("Disallow: /plan");
	}

}
