package com.careercompass.api;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Html;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Skill;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API agrees with the pages, the OpenAPI document with the API, and the CSV files
 * with the database.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class OpenDataTests {

	private static final String ANSWERS = "production=5&statistics=2&deeplearning=3&present=2&software=5&dataset=2"
			+ "&performance=5&business=2&platform=4&gpu=3&sql=2&languages=4&realtime=0&mlfocus=4&background=software";

	private final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogService catalogs;

	@Test
	void apiQuizResultIsTheResultPagesResult() throws Exception {
		Map<String, String> answers = java.util.Arrays.stream(ANSWERS.split("&"))
			.map((kv) -> kv.split("="))
			.collect(Collectors.toMap((kv) -> kv[0], (kv) -> kv[1]));
		String body = this.json.writeValueAsString(Map.of("version", 2, "answers", answers));
		MvcTestResult api = this.mvc.post()
			.uri("/api/v1/quiz/results?lang=en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(api).hasStatusOk();
		JsonNode result = this.json.readTree(api.getResponse().getContentAsString(StandardCharsets.UTF_8));
		Document page = Html.parse(
				this.mvc.get().uri("/quiz/result?v=2&" + ANSWERS + "&lang=en").accept(MediaType.TEXT_HTML).exchange());

		assertThat(result.get("verdict").asString()).isEqualTo("LEAN");
		assertThat(result.get("lean").asString()).isEqualTo("machine-learning-engineer");
		assertThat(page.select("h1").text()).isEqualTo(result.get("headline").asString());
		assertThat(page.select("#stance-caption").text())
			.contains(result.get("affinity").get("machine-learning-engineer").asInt() + "% with the work of building");
		List<String> pageReasons = page.select("#why-heading + .reasons li").eachText();
		assertThat(result.get("reasons")).hasSameSizeAs(pageReasons);
		for (int i = 0; i < pageReasons.size(); i++) {
			JsonNode reason = result.get("reasons").get(i);
			assertThat(pageReasons.get(i)).contains(reason.get("statement").asString(), reason.get("fact").asString());
		}
		assertThat(page.select("#against-heading + .reasons li")).hasSameSizeAs(result.get("against"));
		List<String> pageSteps = page.select(".route .step-title").eachText();
		assertThat(result.get("nextSteps").get("steps")).hasSameSizeAs(pageSteps);
		for (int i = 0; i < pageSteps.size(); i++) {
			assertThat(result.get("nextSteps").get("steps").get(i).get("title").asString()).isEqualTo(pageSteps.get(i));
		}
		assertThat(result.get("resultPage").asString()).endsWith("/quiz/result?v=2&" + ANSWERS);
	}

	@Test
	void aSkillsLearningPageIsInTheApiAsOnThePage() throws Exception {
		MvcTestResult api = this.mvc.get().uri("/api/v1/skills/1/learn?role=data-scientist&lang=fr").exchange();
		assertThat(api).hasStatusOk();
		JsonNode learn = this.json.readTree(api.getResponse().getContentAsString(StandardCharsets.UTF_8));
		Document page = Html
			.parse(this.mvc.get().uri("/learn/1?role=data-scientist&lang=fr").accept(MediaType.TEXT_HTML).exchange());
		assertThat(learn.get("stage").asString()).isEqualTo("FOUNDATION");
		assertThat(learn.get("start").get("url").asString()).isEqualTo(page.select("a.start-link").attr("href"))
			.as("Python's tutorial has a French version")
			.contains("/fr/");
		assertThat(learn.get("proof").asString()).isEqualTo(page.select("p.proof").text());
		assertThat(learn.get("roles").get(0).get("role").asString()).isEqualTo("data-scientist");
		assertThat(learn.get("roles").get(0).get("evidence").asInt()).as("one article on data scientists names it")
			.isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/v1/skills/zz9/learn")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/skills/5/learn").exchange()).bodyJson()
			.extractingPath("$.stage")
			.as("an aptitude has no stage")
			.isNull();
	}

	@Test
	void openApiDocumentListsEveryEndpointWithDescriptions() throws Exception {
		MvcTestResult docs = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(docs).hasStatusOk();
		JsonNode openApi = this.json.readTree(docs.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(openApi.get("openapi").asString()).startsWith("3.");
		Set<String> paths = openApi.get("paths").propertyNames().stream().collect(Collectors.toSet());
		assertThat(paths).containsExactlyInAnyOrder("/api/v1/roles", "/api/v1/roles/{slug}", "/api/v1/skills",
				"/api/v1/skills/{code}/learn", "/api/v1/salaries", "/api/v1/pay-context", "/api/v1/outlook",
				"/api/v1/use-cases", "/api/v1/sources", "/api/v1/compare", "/api/v1/quiz", "/api/v1/quiz/results",
				"/api/v1/skills-check", "/api/v1/plan", "/api/v1/job-ad");
		for (String path : paths) {
			openApi.get("paths")
				.get(path)
				.properties()
				.forEach((operation) -> assertThat(operation.getValue().get("summary"))
					.as(path + " " + operation.getKey())
					.isNotNull());
		}
		assertThat(openApi.get("paths").get("/api/v1/quiz/results").has("post")).isTrue();
		assertThat(this.mvc.get().uri("/swagger-ui/index.html")).hasStatusOk();
	}

	@Test
	void salariesCsvParsesBackToTheDatabase() throws Exception {
		List<Map<String, String>> rows = csv("/data/salaries.csv");
		Catalog catalog = this.catalogs.catalog();
		assertThat(rows).hasSameSizeAs(catalog.pay());
		for (PayFigure figure : catalog.pay()) {
			Map<String, String> row = rows.stream()
				.filter((r) -> r.get("id").equals(String.valueOf(figure.id())))
				.findFirst()
				.orElseThrow();
			assertThat(row.get("role")).isEqualTo(figure.roleSlug());
			assertThat(row.get("country")).isEqualTo(figure.country());
			assertThat(row.get("currency")).isEqualTo(figure.currency().getCurrencyCode());
			assertThat(row.get("statistic")).isEqualTo(figure.statistic().name());
			assertThat(new BigDecimal(row.get("amount"))).isEqualByComparingTo(figure.amount());
			assertThat(row.get("year")).isEqualTo((figure.year() != null) ? figure.year().toString() : "");
			assertThat(row.get("source")).isEqualTo(figure.sourceId());
			assertThat(row.get("survey_fr"))
				.isEqualTo((figure.survey() != null) ? figure.survey().in(Locale.FRENCH) : "");
			assertThat(row.get("employer")).isEqualTo((figure.employer() != null) ? figure.employer() : "");
		}
	}

	@Test
	void theFrenchColumnsOfEveryCsvAreTypesetAsThePagesAre() throws Exception {
		for (String file : List.of("/data/salaries.csv", "/data/skills.csv", "/data/outlook.csv")) {
			List<Map<String, String>> rows = csv(file);
			List<String> french = rows.stream()
				.flatMap((r) -> r.entrySet().stream())
				.filter((e) -> e.getKey().endsWith("_fr"))
				.map(Map.Entry::getValue)
				.filter((v) -> !v.isEmpty())
				.toList();
			assertThat(french).as(file).isNotEmpty().allSatisfy((text) -> {
				assertThat(text).as("one apostrophe, ’").doesNotContain("'");
				assertThat(text).as("a range of years takes an en dash")
					.doesNotContainPattern("(19|20)\\d\\d-(19|20)\\d\\d");
				assertThat(text).as("no plain space before a French colon or semicolon").doesNotContainPattern(" [:;]");
			});
		}
	}

	@Test
	void outlookCsvParsesBackToTheDatabaseTheWholeFieldsIncluded() throws Exception {
		List<Map<String, String>> rows = csv("/data/outlook.csv");
		Catalog catalog = this.catalogs.catalog();
		assertThat(rows).extracting((r) -> r.get("text_en"))
			.containsExactlyElementsOf(catalog.outlook().stream().map((o) -> o.text().en()).toList());
		assertThat(rows).extracting((r) -> r.get("text_fr"))
			.containsExactlyElementsOf(catalog.outlook().stream().map((o) -> o.text().in(Locale.FRENCH)).toList());
		assertThat(rows.stream().filter((r) -> r.get("role").isEmpty())).hasSameSizeAs(catalog.fieldOutlook())
			.isNotEmpty();
	}

	/**
	 * Every fact a page shows is reusable: each text of the catalog, in both languages,
	 * is in some answer of the API.
	 */
	@Test
	void everyFactOnAnyPageIsReachableThroughTheApi() throws Exception {
		Catalog catalog = this.catalogs.catalog();
		for (String lang : List.of("en", "fr")) {
			List<String> uris = new java.util.ArrayList<>(List.of("/api/v1/roles", "/api/v1/skills", "/api/v1/salaries",
					"/api/v1/pay-context", "/api/v1/outlook", "/api/v1/use-cases", "/api/v1/sources"));
			catalog.roles().forEach((r) -> uris.add("/api/v1/roles/" + r.slug()));
			StringBuilder api = new StringBuilder();
			for (String uri : uris) {
				MvcTestResult result = this.mvc.get().uri(uri + "?lang=" + lang).exchange();
				assertThat(result).as(uri).hasStatusOk();
				collect(this.json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)), api);
			}
			java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
			List<String> texts = java.util.stream.Stream.of(catalog.facts().stream().map((f) -> f.text()),
					catalog.skills().stream().map((k) -> k.name()), catalog.premiums().stream().map((p) -> p.skill()),
					catalog.payContext().stream().map((c) -> c.text()), catalog.outlook().stream().map((o) -> o.text()),
					catalog.useCases().stream().map((u) -> u.text()),
					catalog.contrasts().stream().map((c) -> c.aspect()),
					catalog.contrasts().stream().flatMap((c) -> c.sides().values().stream()),
					catalog.roles().stream().map((r) -> r.name()), catalog.sources().stream().map((x) -> x.title()))
				.flatMap((t) -> t)
				.map((t) -> t.in(locale))
				.toList();
			String all = api.toString();
			assertThat(texts).as("texts in " + lang).allSatisfy((t) -> assertThat(all).contains(t));
			assertThat(catalog.pay()).allSatisfy((f) -> assertThat(all).contains("\"id\":" + f.id() + ","));
		}
	}

	/** Every text value of a JSON tree, one per line, and each object as id lines. */
	private static void collect(JsonNode node, StringBuilder out) {
		if (node.isString()) {
			out.append(node.asString()).append('\n');
		}
		else if (node.isObject() && node.has("id") && node.get("id").isNumber()) {
			out.append("\"id\":").append(node.get("id").asString()).append(",\n");
		}
		for (JsonNode child : node) {
			collect(child, out);
		}
	}

	@Test
	void skillsCsvParsesBackToTheDatabase() throws Exception {
		List<Map<String, String>> rows = csv("/data/skills.csv");
		Catalog catalog = this.catalogs.catalog();
		assertThat(rows).hasSameSizeAs(catalog.skills());
		for (Skill skill : catalog.skills()) {
			Map<String, String> row = rows.stream()
				.filter((r) -> r.get("id").equals(String.valueOf(skill.id())))
				.findFirst()
				.orElseThrow();
			assertThat(row.get("name_en")).isEqualTo(skill.name().en());
			assertThat(row.get("name_fr")).isEqualTo(skill.name().in(Locale.FRENCH));
			assertThat(row.get("category")).isEqualTo(skill.category().name());
			assertThat(Set.of(row.get("roles").split(";"))).isEqualTo(skill.roleSlugs());
			assertThat(List.of(row.get("sources").split(";"))).isEqualTo(skill.sourceIds());
			assertThat(row.get("kind")).isEqualTo(skill.kind().name());
			assertThat(row.get("tool_notes_en")).isEqualTo(String.join(" | ",
					skill.toolNotes()
						.stream()
						.map((n) -> n.tool() + " (" + n.sinceYear() + "): " + n.note().en())
						.toList()));
		}
		assertThat(rows).filteredOn((r) -> !r.get("tool_notes_fr").isEmpty()).hasSize(2);
	}

	@Test
	void openDataPageIsLinkedFromEveryPageAndTheSourcesPage() throws Exception {
		Document home = Html.parse(this.mvc.get().uri("/").accept(MediaType.TEXT_HTML).exchange());
		assertThat(home.select("footer a[href=/open-data]")).hasSize(1);
		Document sources = Html.parse(this.mvc.get().uri("/sources").accept(MediaType.TEXT_HTML).exchange());
		assertThat(sources.select("a[href=/data/salaries.csv], a[href=/data/skills.csv]")).hasSize(2);
		Document page = Html.parse(this.mvc.get().uri("/open-data?lang=fr").accept(MediaType.TEXT_HTML).exchange());
		assertThat(page.select("h1").text()).isEqualTo("Données ouvertes");
		// exactly the OpenAPI document's operations, both ways (no pinned count)
		java.util.Set<String> listed = new java.util.TreeSet<>(page.select("tbody tr code")
			.eachText()
			.stream()
			.map((request) -> request.replaceFirst("\\?.*$", ""))
			.toList());
		MvcTestResult docs = this.mvc.get().uri("/v3/api-docs").exchange();
		JsonNode paths = this.json.readTree(docs.getResponse().getContentAsString(StandardCharsets.UTF_8)).get("paths");
		java.util.Set<String> documented = new java.util.TreeSet<>();
		paths.properties()
			.forEach((path) -> path.getValue()
				.properties()
				.forEach((operation) -> documented
					.add(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
		assertThat(listed).isEqualTo(documented);
		assertThat(page.text()).contains("CC BY 4.0");
	}

	private List<Map<String, String>> csv(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv").containsIgnoringCase("utf-8");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		CsvMapper mapper = CsvMapper.builder().build();
		try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
			.with(CsvSchema.emptySchema().withHeader())
			.readValues(result.getResponse().getContentAsByteArray())) {
			return rows.readAll();
		}
	}

}
