package com.careercompass.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Contract tests: every endpoint's shape, and every error as problem+json. */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CatalogService catalogs;

	@Test
	void rolesListsEveryRoleWithStableFields() {
		Catalog catalog = this.catalogs.catalog();
		assertThat(get("/api/v1/roles")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.extractingPath("$[*].slug")
			.asArray()
			.containsExactlyElementsOf(catalog.roles().stream().map((r) -> r.slug()).toList());
		assertThat(get("/api/v1/roles")).bodyJson().extractingPath("$[2].partial").isEqualTo(true);
	}

	@Test
	void roleProfileCarriesEveryFactWithItsSource() {
		MvcTestResult result = get("/api/v1/roles/machine-learning-engineer?lang=fr");
		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Ingénieur en Machine Learning (ML Engineer)");
		assertThat(result).bodyJson().extractingPath("$.responsibilities.length()").isEqualTo(16);
		assertThat(result).bodyJson()
			.extractingPath("$.pay[?(@.survey == 'PayScale (salaire de base moyen)')].amount")
			.asArray()
			.containsExactly(115243);
		assertThat(result).bodyJson().extractingPath("$.pay[0].statistic").isEqualTo("MEAN");
		assertThat(result).bodyJson().extractingPath("$.summary[0].sources[0]").isEqualTo("dataversity-2023");
		assertThat(result).bodyJson().extractingPath("$.premiums[0].percent").isEqualTo(26);
	}

	@Test
	void salariesFilterByRoleCountryAndCurrency() {
		assertThat(get("/api/v1/salaries")).bodyJson().extractingPath("$.length()").isEqualTo(22);
		assertThat(get("/api/v1/salaries?role=machine-learning-engineer&country=in&currency=INR")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.length()")
			.isEqualTo(9);
		assertThat(get("/api/v1/salaries?role=data-scientist&country=US")).bodyJson()
			.extractingPath("$[?(@.statistic == 'MEDIAN')].amount")
			.asArray()
			.containsExactly(100910);
	}

	@Test
	void skillsSourcesCompareAndQuizAnswer() {
		assertThat(get("/api/v1/skills")).bodyJson().extractingPath("$.length()").isEqualTo(47);
		assertThat(get("/api/v1/skills")).bodyJson()
			.extractingPath("$[?(@.id == 36)].toolNotes[*].tool")
			.asArray()
			.containsExactly("Theano", "Caffe");
		assertThat(get("/api/v1/skills?lang=fr")).bodyJson()
			.extractingPath("$[?(@.id == 35)].toolNotes[0].note")
			.asArray()
			.singleElement()
			.asString()
			.startsWith("dernière version")
			.contains("2.7 (2019)");
		assertThat(get("/api/v1/skills")).bodyJson()
			.extractingPath("$[?(@.kind == 'GENERAL')].id")
			.asArray()
			.containsExactlyInAnyOrder(5, 10, 44, 45, 46, 47);
		assertThat(get("/api/v1/skills?role=data-scientist")).bodyJson().extractingPath("$.length()").isEqualTo(22);
		assertThat(get("/api/v1/sources")).bodyJson().extractingPath("$[1].publishedOn").isEqualTo("2019-12-17");
		MvcTestResult compare = get("/api/v1/compare?a=machine-learning-engineer&b=data-scientist");
		assertThat(compare).hasStatusOk().bodyJson().extractingPath("$.skills.shared.length()").isEqualTo(9);
		assertThat(compare).bodyJson().extractingPath("$.contrasts.length()").isEqualTo(7);
		assertThat(compare).bodyJson().extractingPath("$.pay[0].currency").isEqualTo("USD");
		assertThat(get("/api/v1/quiz?lang=fr")).bodyJson()
			.extractingPath("$.scale[5].label")
			.isEqualTo("Tout à fait d’accord");
		assertThat(get("/api/v1/quiz?lang=fr")).bodyJson()
			.extractingPath("$.scale[0].label")
			.isEqualTo("Je ne sais pas");
		assertThat(get("/api/v1/quiz")).bodyJson()
			.extractingPath("$.questions[?(@.code == 'performance')].term")
			.asArray()
			.containsExactly("What latency and throughput are");
		assertThat(get("/api/v1/quiz")).bodyJson().extractingPath("$.questions.length()").isEqualTo(15);
	}

	@Test
	void responsesCarryAnEtagCachingAndOpenCors() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/roles").header("Origin", "https://example.org").exchange();
		assertThat(result).headers().containsHeader("ETag").hasValue("Access-Control-Allow-Origin", "*");
		assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=3600");
		String etag = result.getResponse().getHeader("ETag");
		assertThat(this.mvc.get().uri("/api/v1/roles").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(this.mvc.get().uri("/api/v1/roles?lang=fr")).headers().doesNotContainHeader("Set-Cookie");
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/roles/astronaut, 404", "/api/v1/salaries?role=astronaut, 404", "/api/v1/skills?role=x, 404",
			"/api/v1/compare?a=data-scientist&b=nobody, 404", "/api/v1/nothing-here, 404",
			"/api/v1/salaries?country=USA, 400", "/api/v1/salaries?currency=E1R, 400",
			"/api/v1/compare?a=data-scientist, 400", "/api/v1/compare?a=data-scientist&b=data-scientist, 400",
			"/api/v1/roles?lang=de, 400" })
	void badRequestsGetAProblemWithAClearDetail(String uri, int status) {
		MvcTestResult result = get(uri);
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank().doesNotContain("Exception");
		assertThat(result).bodyJson().extractingPath("$.title").asString().isNotBlank();
	}

	/**
	 * An error never repeats what the client sent (an address, a value: Spring's own 404
	 * said "No static resource api/v1/roles/…") and speaks the request's language: a
	 * French reader gets one of the French bundle's texts.
	 */
	@ParameterizedTest
	@CsvSource({ "/api/v1/roles/%3Cscript%3Ezzz(1)%3C/script%3E, 404", "/api/v1/zzz-nothing, 404",
			"/api/v1/roles/zzz-nobody, 404", "/api/v1/salaries?country=ZZZZ, 400", "/api/v1/skills/zzz9/learn, 404",
			"/api/v1/roles?lang=zzz, 400", "/api/v1/compare?a=data-scientist&b=data-scientist, 400" })
	void anErrorRepeatsNothingTheClientSentAndSpeaksTheRequestsLanguage(String uri, int status) throws Exception {
		ResourceBundle french = ResourceBundle.getBundle("messages/messages", Locale.FRENCH);
		Set<String> frenchTexts = french.keySet()
			.stream()
			.filter((key) -> key.startsWith("problem."))
			.map((key) -> plain(french.getString(key)))
			.collect(Collectors.toSet());
		Map<String, String> details = new HashMap<>();
		for (String language : List.of("en", "fr")) {
			MvcTestResult result = this.mvc.get()
				.uri(URI.create(uri))
				.header("Accept-Language", language)
				.accept(MediaType.APPLICATION_JSON)
				.exchange();
			assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(body).as(uri).doesNotContainIgnoringCase("zzz").doesNotContain("script");
			details.put(language, JsonPath.read(body, "$.detail"));
			if (language.equals("fr")) {
				assertThat(plain(JsonPath.read(body, "$.title"))).isIn(frenchTexts);
			}
		}
		assertThat(details.get("fr")).isNotEqualTo(details.get("en"));
		assertThat(frenchTexts).as("the French detail is one of the bundle's texts")
			.anySatisfy((text) -> assertThat(plain(details.get("fr"))).startsWith(text.replaceAll("\\{\\d\\}.*", "")));
	}

	/** A text without French typography's non-breaking spaces. */
	private static String plain(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	@Test
	void wrongMethodMediaTypeAndBodyGet405406415And400() {
		assertThat(this.mvc.delete().uri("/api/v1/roles")).hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/v1/roles").accept(MediaType.IMAGE_PNG))
			.hasStatus(HttpStatus.NOT_ACCEPTABLE);
		assertThat(this.mvc.post().uri("/api/v1/quiz/results").contentType(MediaType.TEXT_PLAIN).content("x"))
			.hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.post().uri("/api/v1/quiz/results").contentType(MediaType.APPLICATION_JSON).content("{oops"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("JSON");
		assertThat(this.mvc.post().uri("/api/v1/quiz/results").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void quizAnswersMissingUnknownOrOldGetA400ThatSaysWhich() {
		assertThat(post("{\"version\":2,\"answers\":{\"present\":\"5\",\"ghost\":\"3\"}}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("production", "1 key(s) name no question")
			.as("the client's own text is never repeated")
			.doesNotContain("ghost");
		assertThat(post("{\"version\":0,\"answers\":{}}")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("another version");
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).accept(MediaType.APPLICATION_JSON).exchange();
	}

	private MvcTestResult post(String body) {
		return this.mvc.post()
			.uri("/api/v1/quiz/results")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
