package com.careercompass.web;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page over the whole application, as a browser would ask for it. */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class PagesTests {

	/**
	 * A page's weight with its stylesheet, compressed, in KB; docs quote it.
	 */
	static final int WEIGHT_KB = 30;

	@Autowired
	MockMvcTester mvc;

	@Test
	void homeSpeaksTheBrowsersLanguage() {
		assertThat(page("/", "fr-FR,fr;q=0.9").select("html").attr("lang")).isEqualTo("fr");
		assertThat(page("/", "fr-FR,fr;q=0.9").select("h1").text())
			.isEqualTo("Ingénieur en machine learning ou data scientist\u202F?");
		assertThat(page("/", "de-DE").select("html").attr("lang")).isEqualTo("en");
		assertThat(page("/", null).select("h1").text()).isEqualTo("Machine Learning Engineer or Data Scientist?");
	}

	@Autowired
	com.careercompass.career.CatalogService catalogs;

	/**
	 * The footer, the sources page and the skills check's result count the articles as
	 * the catalog holds them.
	 */
	@Test
	void thePagesCountTheArticlesAsTheyAre() {
		int sources = this.catalogs.catalog().sources().size();
		java.util.regex.Pattern count = java.util.regex.Pattern
			.compile("(\\w+) (?:French-language articles|articles en français|articles name|articles citent)");
		for (String language : new String[] { "en", "fr" }) {
			Document page = anyPage("/sources", language);
			Document skills = anyPage("/skills-check/result?v=3&have=1", language);
			for (String text : new String[] { page.select(".site-footer").text(), page.select("main").text(),
					skills.select("main").text() }) {
				java.util.regex.Matcher m = count.matcher(text);
				assertThat(m.find()).as(language).isTrue();
				do {
					assertThat(com.careercompass.support.NumberWords.number(m.group(1))).as(m.group())
						.isEqualTo(sources);
				}
				while (m.find());
			}
		}
	}

	/** The roles page counts the roles the articles mention only in passing. */
	@Test
	void theRolesPageCountsThePartialRoles() {
		long partial = this.catalogs.catalog().roles().stream().filter(com.careercompass.career.Role::partial).count();
		java.util.regex.Pattern count = java.util.regex.Pattern
			.compile("(\\w+) (?:neighbouring roles|métiers voisins)");
		for (String language : new String[] { "en", "fr" }) {
			java.util.regex.Matcher m = count.matcher(anyPage("/roles", language).select("main .lead").text());
			assertThat(m.find()).as(language).isTrue();
			assertThat(com.careercompass.support.NumberWords.number(m.group(1))).as(m.group()).isEqualTo((int) partial);
		}
	}

	/**
	 * How the articles are dated, as the sources page says it: dated, inferred, undated.
	 */
	@Test
	void theSourcesPageSaysHowTheArticlesAreDatedAsTheyAre() {
		java.util.List<com.careercompass.career.Source> sources = this.catalogs.catalog().sources();
		long dated = sources.stream().filter((s) -> s.publishedOn() != null).count();
		long inferred = sources.stream().filter((s) -> s.publishedOn() == null && s.year() != null).count();
		long undated = sources.stream().filter((s) -> s.year() == null).count();
		java.util.regex.Matcher said = java.util.regex.Pattern
			.compile("\\((\\w+) dated \\d{4}, (\\w+) from \\d{4} judging by the surveys it cites, (\\w+) undated\\)")
			.matcher(anyPage("/sources", "en").select("main").text());
		assertThat(said.find()).as("the sources page's method").isTrue();
		assertThat(java.util.Arrays.asList(com.careercompass.support.NumberWords.number(said.group(1)),
				com.careercompass.support.NumberWords.number(said.group(2)),
				com.careercompass.support.NumberWords.number(said.group(3))))
			.containsExactly((int) dated, (int) inferred, (int) undated);
	}

	@Test
	void everyFooterSaysWhenTheDataWereLastCheckedAsStoredWithTheData() throws java.io.IOException {
		java.time.LocalDate reviewed = this.catalogs.catalog().reviewedOn();
		assertThat(reviewed).as("the date the last migration to set it wrote, not the build's")
			.isEqualTo(lastReviewDateInTheMigrations());
		for (String path : new String[] { "/", "/roles/data-scientist",
				"/compare/machine-learning-engineer-vs-data-scientist", "/sources", "/quiz", "/open-data", "/error" }) {
			assertThat(anyPage(path, "en").select(".site-footer").text()).as(path)
				.contains("Data last checked against the sources on "
						+ reviewed.format(
								java.time.format.DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH))
						+ ".");
			assertThat(anyPage(path, "fr").select(".site-footer").text()).as(path)
				.contains("Données vérifiées auprès des sources le " + reviewed
					.format(java.time.format.DateTimeFormatter.ofPattern(
							((reviewed.getDayOfMonth() == 1) ? "d'er'" : "d") + " MMMM yyyy", java.util.Locale.FRENCH))
						+ ".");
		}
	}

	@Test
	void homeComparisonAndSkillsCheckWeighUnder30KilobytesWithTheirStylesheetCompressed() throws Exception {
		for (String path : new String[] { "/", "/compare/machine-learning-engineer-vs-data-scientist", "/skills-check",
				com.careercompass.support.Pages.SKILLS_RESULT, "/skills-check/result?v=3" }) {
			for (String lang : new String[] { "en", "fr" }) {
				MvcTestResult page = this.mvc.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, lang).exchange();
				String css = Html.parse(page).select("link[rel=stylesheet]").attr("href");
				MvcTestResult sheet = this.mvc.get().uri(css).exchange();
				assertThat(sheet).hasStatusOk();
				int weight = gzipped(page.getResponse().getContentAsByteArray())
						+ gzipped(sheet.getResponse().getContentAsByteArray());
				assertThat(weight).as(path + " in " + lang + ", bytes compressed")
					.isLessThanOrEqualTo(WEIGHT_KB * 1024);
			}
		}
	}

	private static int gzipped(byte[] body) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
			gzip.write(body);
		}
		return out.size();
	}

	@Test
	void homeLinksToProfilesComparisonQuizAndSkillsCheck() {
		Document home = page("/", "en");
		assertThat(home.select(".hero-actions a").eachAttr("href")).containsExactly("/quiz", "/skills-check");
		assertThat(home.select(".home-next a").eachAttr("href"))
			.containsExactly("/compare/machine-learning-engineer-vs-data-scientist");
		assertThat(home.select(".site-nav a").eachAttr("href")).contains("/roles", "/compare");
		assertThat(home.select(".card a[href^=/roles/]")).hasSize(5);
	}

	@Test
	void everyInternalLinkOnEveryPageLeadsSomewhere() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		java.util.Deque<String> queue = new java.util.ArrayDeque<>(java.util.List.of("/"));
		while (!queue.isEmpty() && seen.size() < 200) {
			String path = queue.pop();
			if (!seen.add(path)) {
				continue;
			}
			// What a browser sends when a person follows a link.
			MvcTestResult result = this.mvc.get()
				.uri(path)
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.exchange();
			assertThat(result.getResponse().getStatus()).as(path).isLessThan(400);
			String type = result.getResponse().getContentType();
			if (result.getResponse().getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			for (String href : Html.parse(result).select("a[href^=/]").eachAttr("href")) {
				String target = href.replaceFirst("#.*", "");
				if (!target.isEmpty() && !target.startsWith("/quiz/result") && !seen.contains(target)) {
					queue.add(target);
				}
			}
		}
		assertThat(seen).as("pages reached by following links")
			.hasSizeGreaterThan(20)
			.contains("/open-data", "/data/salaries.csv", "/quiz", "/compare");
	}

	@Test
	void rolesListShowsEveryRoleWithPartialBadges() {
		Document roles = page("/roles", "en");
		assertThat(roles.select(".card h2")).hasSize(5);
		assertThat(roles.select(".card .badge-partial")).hasSize(3);
		assertThat(roles.select(".card").first().text()).contains("Machine Learning Engineer");
	}

	@Test
	void profileShowsPayScaleMeanWithKindYearSurveyAndSource() {
		Document profile = page("/roles/machine-learning-engineer", "en");
		assertThat(profile.select("details#pay tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("Mean", "$115,243", "2023", "PayScale", "DATAVERSITY"));
		assertThat(profile.select("details#pay tr").eachText())
			.as("without a year, the article's date mark stands in the year's place")
			.anySatisfy((row) -> assertThat(row).contains("₹795,677", "old figure (article of 2019)", "Glassdoor")
				.doesNotContain("year not stated"));
		assertThat(profile.select("details[id]").eachAttr("id")).containsExactly("overview", "responsibilities",
				"skills", "pay", "premiums", "outlook", "education", "differences", "sources");
		assertThat(profile.select("details[open]")).as("the long sections start closed").isEmpty();
		// our dated notes beside the skills that name stopped tools, marked as ours
		assertThat(profile.select("#skill-36 .tool-note").eachText()).hasSize(2)
			.allSatisfy((note) -> assertThat(note).startsWith("Our note of").contains("(not from the articles)"))
			.anySatisfy((note) -> assertThat(note).contains("Theano: Development stopped after version 1.0"));
		assertThat(profile.select("#skill-33 .premium").text()).startsWith("pay premium of 22% in this role");
		assertThat(profile.select("#skill-28 .skill-explain").text()).isNotBlank();
		assertThat(profile.select(".pay-chart svg rect.chart-bar")).isNotEmpty();
		assertThat(profile.select(".pay-chart .chart-values").eachText())
			.as("every bar and dot has its amount beside it")
			.contains("Range from $80,000 to $157,000.", "Mean: $115,243.",
					"Single figure (kind not stated): ₹850,481.");
		assertThat(profile.select(".pay-chart .chart-ticks text").eachText()).as("axis ticks")
			.startsWith("0", "50K", "100K", "150K", "200K");
		assertThat(profile.select("details#pay tr").eachText()).as("the 2019 figure is marked old (data reviewed 2026)")
			.anySatisfy((row) -> assertThat(row).contains("$146,085", "2019 old figure (2019)"))
			.noneSatisfy((row) -> assertThat(row).contains("2023 old figure"));
	}

	@Test
	void profileInFrenchFormatsFiguresTheFrenchWayAndRemembersTheChoice() {
		MvcTestResult result = this.mvc.get()
			.uri("/roles/machine-learning-engineer?lang=fr")
			.accept(MediaType.TEXT_HTML)
			.exchange();
		assertThat(result).hasStatusOk().cookies().containsCookie("lang");
		Document profile = Html.parse(result);
		assertThat(profile.select("html").attr("lang")).isEqualTo("fr");
		assertThat(profile.select("h3#pay-heading").text()).isEqualTo("Salaires");
		assertThat(profile.select("details#pay td.amount").eachText())
			.anySatisfy((t) -> assertThat(t).matches("115\\h243\\h\\$US.*"));
		assertThat(profile.select("link[hreflang]").eachAttr("href")).containsExactly(
				"http://localhost/roles/machine-learning-engineer?lang=en",
				"http://localhost/roles/machine-learning-engineer?lang=fr",
				"http://localhost/roles/machine-learning-engineer");
	}

	/**
	 * The first screen of a full profile: one headline figure per country with its kind,
	 * survey and year (the most recent nation-wide one), the outlook headline, the way
	 * in, the strengths and whom the role suits, each with its source; then what to do
	 * next.
	 */
	@Test
	void aFullProfileOpensWithTheRoleAtAGlanceAndTheNextSteps() {
		Document en = page("/roles/machine-learning-engineer", "en");
		Element glance = en.selectFirst("main > #at-a-glance");
		assertThat(glance).isNotNull();
		assertThat(glance.select("dt").eachText()).containsExactly("Pay", "Where it is heading", "How people get in",
				"Strongest at", "It suits you if you…");
		assertThat(glance.select(".glance-pay li").eachText()).satisfiesExactly(
				(us) -> assertThat(us)
					.startsWith("United States: $115,243 Mean · PayScale (average base salary), 2023"),
				(fr) -> assertThat(fr).startsWith("France: €47,741 Mean · Glassdoor").endsWith("undated article"),
				(in) -> assertThat(in).startsWith("India: ₹795,677 Mean · Glassdoor")
					.endsWith("old figure (article of 2019)"));
		assertThat(glance.select("dd").get(1).text()).contains("30%", "World Economic Forum");
		assertThat(glance.select(".glance-suits li")).hasSizeBetween(3, 5)
			.allSatisfy((li) -> assertThat(li.select(".cite a")).isNotEmpty());
		assertThat(glance.select(".glance-suits li").first().text()).startsWith("want what you make to run on its own");
		assertThat(glance.select("dd")).allSatisfy((dd) -> assertThat(dd.select(".cite a")).isNotEmpty());
		assertThat(en.select(".compare-with a.action").eachAttr("href"))
			.containsExactly("/compare/machine-learning-engineer-vs-data-scientist", "/quiz", "/skills-check");
		Document fr = page("/roles/data-scientist", "fr");
		assertThat(fr.select("#at-a-glance dt").last().text()).isEqualTo("Ce métier vous convient si vous…");
		// A French reader sees France first (docs/seo.md), then the United States.
		assertThat(fr.select("#at-a-glance .glance-pay li").first().text()).startsWith("France");
		assertThat(fr.select("#at-a-glance .glance-pay li").get(1).text()).contains("99\u202F344", "Moyenne",
				"PayScale", "2023");
	}

	@Test
	void partialRoleSaysPlainlyThatDataIsThin() {
		Document profile = page("/roles/ai-engineer", "en");
		assertThat(profile.select(".notice").text()).contains("say little about this role");
		assertThat(profile.select("details#pay")).isEmpty();
		assertThat(profile.select("details#overview li")).hasSize(1);
		// nothing to show at a glance, and nothing invented: the next steps come at once
		assertThat(profile.select("#at-a-glance")).isEmpty();
		assertThat(profile.select(".compare-with a.action")).hasSize(3);
		Document thin = page("/roles/software-engineer", "en");
		assertThat(thin.select("#at-a-glance dt").eachText()).containsExactly("Pay", "It suits you if you…");
		assertThat(thin.select("#at-a-glance .glance-pay li").text()).contains("Single figure (kind not stated)");
		assertThat(thin.select("#at-a-glance dd").last().text())
			.isEqualTo("The sources say too little about this role to tell whom it suits.");
	}

	@Test
	void healthIsUp() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyText().contains("UP");
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk();
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk();
	}

	/** A page whatever its status (error pages too), in the given language. */
	private Document anyPage(String path, String acceptLanguage) {
		return Html.parse(this.mvc.get()
			.uri(path)
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
			.exchange());
	}

	/**
	 * Print cites sources by number: every citation and every page's source list carry
	 * the source's number in the order of the sources page.
	 */
	@Test
	void citationsCarryTheNumberOfTheirSourceInTheOrderOfTheSourcesPage() {
		java.util.List<String> order = page("/sources", "en").select("article.source[id]").eachAttr("id");
		assertThat(order).hasSize(5);
		for (String path : new String[] { "/compare/machine-learning-engineer-vs-data-scientist",
				"/roles/machine-learning-engineer" }) {
			Document document = page(path, "en");
			assertThat(document.select(".cite a")).isNotEmpty().allSatisfy((a) -> {
				String id = a.attr("href").substring(a.attr("href").indexOf('#') + 1);
				assertThat(a.attr("data-n")).as(path + " " + id).isEqualTo(String.valueOf(order.indexOf(id) + 1));
			});
			assertThat(document.select(".source-list li")).isNotEmpty().allSatisfy((li) -> {
				String href = li.selectFirst("a").attr("href");
				assertThat(li.attr("data-n"))
					.isEqualTo(String.valueOf(order.indexOf(href.substring(href.indexOf('#') + 1)) + 1));
			});
		}
	}

	private Document page(String path, String acceptLanguage) {
		var request = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML);
		if (acceptLanguage != null) {
			request = request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).as(path).hasStatusOk();
		return Html.parse(result);
	}

	/** The review date as the migrations set it, the last one to set it winning. */
	private static java.time.LocalDate lastReviewDateInTheMigrations() throws java.io.IOException {
		java.util.regex.Pattern set = java.util.regex.Pattern
			.compile("reviewed_on\\)?[^;]*?date '(\\d{4}-\\d{2}-\\d{2})'");
		java.time.LocalDate last = null;
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files
			.list(java.nio.file.Path.of("src/main/resources/db/migration"))) {
			for (java.nio.file.Path file : files
				.sorted(java.util.Comparator.comparingInt((java.nio.file.Path f) -> Integer
					.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
				.toList()) {
				java.util.regex.Matcher m = set.matcher(java.nio.file.Files.readString(file));
				while (m.find()) {
					last = java.time.LocalDate.parse(m.group(1));
				}
			}
		}
		return last;
	}

}
