package com.careercompass.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Contrast;
import com.careercompass.career.SkillCategory;
import com.careercompass.compare.Comparison;
import com.careercompass.compare.ComparisonService;
import com.careercompass.learning.LearningData;
import com.careercompass.learning.LearningService;
import com.careercompass.role.RoleGlance;
import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison over the real data, in the whole application: ML Engineer beside Data
 * Scientist, partial roles, the home page's copy of the decision. The routes and every
 * bad input a person or a tampered link can send are the web slice's
 * ({@code compare.CompareControllerTests}).
 */
@AlsoOnPostgres
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

	@Autowired
	LearningService learning;

	@Test
	void pickerPreselectsMlEngineerAndDataScientist() {
		Document page = page("/compare?lang=en", HttpStatus.OK);
		assertThat(page.select("#pick-a option[selected]").attr("value")).isEqualTo("machine-learning-engineer");
		assertThat(page.select("#pick-b option[selected]").attr("value")).isEqualTo("data-scientist");
		assertThat(page.select("#pick-a option")).hasSize(5);
		assertThat(page.select("form.picker").attr("method")).isEqualTo("get");
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
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + PAIR + "?lang=en");
	}

	@Test
	void paySharesAScaleOnlyWithinOneCurrencyAndSetsOutLikeForLikeFigures() {
		Document page = page(PAIR + "?lang=en", HttpStatus.OK);
		assertThat(page.select("#pay .pay-group h4").eachText()).containsExactly("United States, US Dollar (USD)",
				"France, Euro (EUR)", "India, Indian Rupee (INR)");
		assertThat(page.select("#pay .pay-group").get(0).select(".pay-chart figcaption").text()).contains("$200,000");
		assertThat(page.select("#pay .pay-group").get(2).select(".pay-chart")).as("only one side has INR figures")
			.isEmpty();
		assertThat(page.select("#pay .pay-group").get(2).text()).contains("No figures for Data Scientist");
		assertThat(page.select(".match-table tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("PayScale (average base salary) · 2023", "Mean", "$115,243",
					"$99,344", "$15,899 more for ML Engineer"));
		assertThat(page.select("#glance tbody tr").first().text()).contains("Pay, United States", "$115,243",
				"$99,344");
		assertThat(page.select(".match-table td[data-label]").eachAttr("data-label"))
			.as("on a phone each stacked cell names its column")
			.contains("ML Engineer", "Data Scientist", "Difference");
		assertThat(page.select(".pay-chart .chart-role").eachText()).containsExactly("ML Engineer", "Data Scientist",
				"ML Engineer", "Data Scientist");
		assertThat(page.select(".pay-chart .chart-rows").eachAttr("class"))
			.as("the same colours on both sides, so one legend is right for both")
			.allSatisfy((c) -> assertThat(c).isEqualTo("chart-rows"));
	}

	@Test
	void reversePairSwapsSidesAndPointsAtTheCanonicalAddress() {
		Document page = page("/compare/data-scientist-vs-machine-learning-engineer?lang=en", HttpStatus.OK);
		assertThat(page.select("h1").text()).isEqualTo("Data Scientist vs ML Engineer");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + PAIR + "?lang=en");
		assertThat(page.select("a.swap").attr("href")).isEqualTo(PAIR);
		assertThat(page.select(".overlap-count").eachText()).element(0)
			.isEqualTo(page(PAIR, HttpStatus.OK).select(".overlap-count").eachText().get(2));
	}

	@Test
	void frenchComparisonIsInFrench() {
		Document page = page(PAIR + "?lang=fr", HttpStatus.OK);
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("#skills summary h3").text()).isEqualTo("Compétences par type");
		assertThat(page.select("#skills .detail-line").text()).contains("compétences pour les deux métiers");
		assertThat(page.select("#details > h2").text()).isEqualTo("Le détail");
	}

	@Test
	void partialRolesCompare() {
		Document page = page("/compare/ai-engineer-vs-data-engineer?lang=en", HttpStatus.OK);
		assertThat(page.select(".notice").text()).contains("say little");
		assertThat(page.select("#differences .detail-line").text()).contains("no point-by-point contrast");
		assertThat(page.select("#pay").text()).contains("no pay figures");
	}

	@Test
	void theComparisonOpensWithWhenToChooseEachRoleCitedAndALinkToTheQuiz() {
		Document en = page(PAIR + "?lang=en", HttpStatus.OK);
		assertThat(en.select("main > section").first().id()).isEqualTo("decide");
		assertThat(en.select("#decide h3").eachText()).containsExactly("Choose ML Engineer if you…",
				"Choose Data Scientist if you…");
		// each point: what it means for the reader first, then the fact and its sources
		assertThat(en.select("#decide .decide-side").get(0).select("li")).hasSizeBetween(3, 5).allSatisfy((li) -> {
			assertThat(li.child(0).className()).isEqualTo("reason");
			assertThat(li.select(".reason").text()).matches("^\\p{Ll}.*").doesNotContain(":");
			assertThat(li.select(".because").text()).isNotBlank();
			assertThat(li.select(".because .cite a")).isNotEmpty();
		});
		Element first = en.select("#decide .decide-side li").first();
		assertThat(first.select(".reason").text())
			.isEqualTo("want what you make to run on its own, as software and ML systems in production");
		assertThat(first.select(".because").text()).startsWith(
				"What the sources say the ML Engineer delivers: Self-running software and production ML systems");
		assertThat(en.select("#decide .decide-side").get(1).select(".because").text())
			.contains("Insights, reports and charts");
		assertThat(en.select("#decide a[href=/quiz]").text()).isEqualTo("Not sure? Take the quiz");
		Document fr = page(PAIR + "?lang=fr", HttpStatus.OK);
		assertThat(fr.select("#decide h3").first().text()).isEqualTo("Choisissez le métier d’ingénieur ML si vous…");
		assertThat(fr.select("#decide .decide-side li .reason").first().text())
			.startsWith("voulez que ce que vous créez");
		assertThat(fr.select("#decide .decide-side li .because").first().text().replaceAll("(?U)\\s", " "))
			.startsWith("Ce que produit le métier d’ingénieur ML, selon les sources : logiciels autonomes");
	}

	@Test
	void atAGlanceTheOutlookHeadlinesCarryANoteWhenTheyCannotBeCompared() {
		Document en = page(PAIR + "?lang=en", HttpStatus.OK);
		assertThat(en.select("#glance tbody th").eachText()).extracting((t) -> t.split(" ")[0])
			.containsExactly("Pay,", "Pay,", "Outlook", "Education", "Typical", "Core");
		Element outlook = en.select("#glance tbody tr").get(2);
		assertThat(outlook.select("td").eachText()).satisfiesExactly((a) -> assertThat(a).contains("30%"),
				(b) -> assertThat(b).contains("36%"));
		assertThat(outlook.select(".glance-note").text())
			.isEqualTo("These two figures cannot be compared as they stand: they differ in what they measure, "
					+ "the period covered, the survey behind them.");
		assertThat(en.select("#glance tbody tr").get(4).select("td").eachText()).satisfiesExactly(
				(a) -> assertThat(a).startsWith("Python, Java, C++, R (plus CUDA)"),
				(b) -> assertThat(b).startsWith("Python, R, SQL"));
		Document fr = page(PAIR + "?lang=fr", HttpStatus.OK);
		assertThat(fr.select("#glance h2").text()).isEqualTo("En un coup d’œil");
		assertThat(fr.select("#glance .glance-note").text()).contains("non comparables");
		Document partial = page("/compare/machine-learning-engineer-vs-ai-engineer?lang=en", HttpStatus.OK);
		assertThat(partial.select("#glance .glance-note")).as("nothing to compare, no note").isEmpty();
		assertThat(partial.select("#glance tbody tr").get(1).select("td").get(1).text())
			.isEqualTo("The sources give nothing here.");
	}

	@Test
	void aPartialRoleSaysWhatTheSourcesDoNotCoverInsteadOfInventingPointsOrCountingZero() {
		Document page = page("/compare/machine-learning-engineer-vs-ai-engineer?lang=en", HttpStatus.OK);
		assertThat(page.select("#decide .decide-side").get(1).select("li")).isEmpty();
		assertThat(page.select("#decide .decide-side").get(1).text()).contains(
				"The sources do not say enough about AI Engineer to tell when to choose it",
				"An ML engineer with advanced deep-learning skills.");
		assertThat(page.select("#skills .detail-line").text()).isEqualTo(
				"The sources list no skills for AI Engineer, so they cannot say which skills the two roles share.");
		assertThat(page.select("#skills").text()).doesNotContain("0 named for both", "0 in common");
		Document full = page(PAIR + "?lang=en", HttpStatus.OK);
		assertThat(full.select("#skills .detail-line").text()).startsWith("The articles name ")
			.contains("skills for both roles");
		assertThat(full.select("#skills .meta").first().text()).contains("not everything each job needs");
		assertThat(full.text()).doesNotContainPattern("\\d+ responsibilities listed");
	}

	@Test
	void theLongSectionsAreClosedUntilTheReaderOpensThem() {
		Document page = page(PAIR + "?lang=en", HttpStatus.OK);
		assertThat(page.select("#details > details").eachAttr("id")).containsExactly("differences", "overview",
				"skills", "pay", "premiums", "outlook", "responsibilities", "education", "sources");
		assertThat(page.select("details[open]")).isEmpty();
		assertThat(page.select("#details details > summary")).allSatisfy((summary) -> {
			assertThat(summary.select("h3").text()).isNotBlank();
			assertThat(summary.select(".detail-line").text()).isNotBlank();
		});
		assertThat(page.select("#details").first().elementSiblingIndex())
			.as("decision and glance come before the details")
			.isGreaterThan(page.select("#glance").first().elementSiblingIndex());
	}

	/**
	 * The home page has a job of its own: a few lines on how the two jobs differ (points
	 * of the comparison's own decision, as sentences, cited), then the way to the
	 * comparison, never a copy of the comparison's decision or glance.
	 */
	@Test
	void theHomePageSaysHowTheJobsDifferInAFewLinesAndLeadsToTheComparison() {
		for (String lang : new String[] { "en", "fr" }) {
			Document home = page("/?lang=" + lang, HttpStatus.OK);
			Document pair = page(PAIR + "?lang=" + lang, HttpStatus.OK);
			assertThat(home.select("#decide, #glance")).as(lang).isEmpty();
			List<String> lines = home.select(".home-differ li").eachText();
			assertThat(lines).as(lang).hasSizeBetween(2, 4);
			String because = pair.select("#decide .because").text();
			assertThat(lines).as("each line is a point of the comparison's decision")
				.allSatisfy((line) -> assertThat(because).contains(line));
			assertThat(home.select(".home-differ li .cite a")).isNotEmpty();
			assertThat(home.select(".home-next a").attr("href")).isEqualTo(PAIR);
			assertThat(home.select(".home-differ").first().elementSiblingIndex()).as("just under the question")
				.isLessThan(home.select("#roles-heading").first().parent().elementSiblingIndex());
		}
	}

	@Test
	void comparisonIsLinkedFromHomeRolesAndEveryProfile() {
		assertThat(page("/", HttpStatus.OK).select("a[href=" + PAIR + "]")).isNotEmpty();
		assertThat(page("/roles", HttpStatus.OK).select("a[href=" + PAIR + "]")).isNotEmpty();
		for (var role : this.catalogs.catalog().roles()) {
			// the neighbouring role as the first action, then every other role
			assertThat(page("/roles/" + role.slug(), HttpStatus.OK).select(".compare-with a[href^=/compare/]"))
				.hasSize(4)
				.extracting((a) -> a.attr("href"))
				.allSatisfy((href) -> assertThat(href).startsWith("/compare/" + role.slug() + "-vs-"))
				.doesNotHaveDuplicates();
		}
	}

	/**
	 * "Choose it if you…" speaks in sentences: a point of contrast never shows its
	 * aspect's label (it once read "The sources on “Metaphor”: Builder: …"), on the
	 * comparison or the home page, in either language; every kind of contrast in the data
	 * has its own sentence in both languages.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void aPointOfContrastReadsAsASentenceNotALabel(String language) {
		Catalog catalog = this.catalogs.catalog();
		Locale locale = Locale.forLanguageTag(language);
		for (String uri : List.of(PAIR + "?lang=" + language, "/?lang=" + language)) {
			Document page = page(uri, HttpStatus.OK);
			String decide = page.select("#decide, .home-differ").text();
			assertThat(decide).as(uri).isNotBlank().doesNotContain("??");
			for (Contrast contrast : catalog.contrasts()) {
				assertThat(decide).as(uri).doesNotContain(contrast.aspect().in(locale));
			}
		}
		ResourceBundle messages = ResourceBundle.getBundle("messages/messages", locale);
		assertThat(catalog.contrasts()).isNotEmpty()
			.allSatisfy((c) -> assertThat(messages.containsKey("compare.decide.contrast." + c.code())).as(c.code())
				.isTrue());
	}

	/**
	 * The glance's core strengths never say "the sources give nothing here" for a role
	 * whose profile shows its strengths: on every pair, in both languages (it did on ML
	 * Engineer vs AI Engineer and Data Scientist vs Software Engineer, which no contrast
	 * covers).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void everyPairShowsTheCoreStrengthsTheProfilesShow(String language) {
		Catalog catalog = this.catalogs.catalog();
		Locale locale = Locale.forLanguageTag(language);
		ResourceBundle messages = ResourceBundle.getBundle("messages/messages", locale);
		String none = plain(messages.getString("compare.glance.none"));
		String strengths = plain(messages.getString("compare.glance.strengths"));
		for (String address : ComparisonService.canonicalAddresses(catalog)) {
			Document page = page(address + "?lang=" + language, HttpStatus.OK);
			Element row = page.select("#glance tbody tr")
				.stream()
				.filter((tr) -> plain(tr.select("th").text()).equals(strengths))
				.findFirst()
				.orElseThrow();
			String[] slugs = address.substring("/compare/".length()).split("-vs-");
			for (int side = 0; side < 2; side++) {
				if (RoleGlance.Strengths.of(catalog, slugs[side], locale) != null) {
					assertThat(plain(row.select("td").get(side).text())).as("%s: %s", address, slugs[side])
						.doesNotContain(none);
				}
			}
		}
	}

	/**
	 * Where no contrast gives a pair's languages, the glance lists the languages the
	 * articles name for each role and cites only the articles that name them for that
	 * role (the Data Scientist's "Python, R, SQL" once cited four articles, three of
	 * which say it of ML engineers only).
	 */
	@Test
	void theLanguagesOfAPairCiteOnlyTheArticlesThatNameThemForThatRole() {
		Catalog catalog = this.catalogs.catalog();
		LearningData data = this.learning.data();
		int checked = 0;
		for (String address : ComparisonService.canonicalAddresses(catalog)) {
			String[] slugs = address.substring("/compare/".length()).split("-vs-");
			Comparison c = this.comparisons.compare(slugs[0], slugs[1]);
			if (c.contrasts().stream().anyMatch((x) -> x.code().equals(Contrast.LANGUAGES))) {
				continue;
			}
			Document page = page(address + "?lang=en", HttpStatus.OK);
			Element row = page.select("#glance tbody tr")
				.stream()
				.filter((tr) -> tr.select("th").text().equals("Typical languages"))
				.findFirst()
				.orElseThrow();
			for (int side = 0; side < 2; side++) {
				String slug = (side == 0) ? c.a().slug() : c.b().slug();
				Set<String> expected = new LinkedHashSet<>();
				catalog.skillsOf(slug)
					.stream()
					.filter((s) -> s.category() == SkillCategory.PROGRAMMING)
					.forEach((s) -> expected.addAll(data.sourcesFor(s, slug)));
				List<String> cited = row.select("td")
					.get(side)
					.select(".cite a")
					.eachAttr("href")
					.stream()
					.map((href) -> href.substring(href.indexOf('#') + 1))
					.toList();
				assertThat(cited).as("%s: %s", address, slug).containsExactlyInAnyOrderElementsOf(expected);
				checked++;
			}
		}
		assertThat(checked).as("sides of pairs without a languages contrast").isPositive();
	}

	private static String plain(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ').trim();
	}

	private Document page(String uri, HttpStatus status) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(uri).hasStatus(status);
		return Html.parse(result);
	}

}
