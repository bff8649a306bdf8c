package com.careercompass.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.careercompass.support.AlsoOnPostgres;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages need the servlet container's error dispatch, so these tests talk HTTP to a
 * real server.
 */
@AlsoOnPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "en", "fr" })
	void unknownRoleGetsTheLocalized404PageWithAWayBack(String language) throws Exception {
		HttpResponse<String> response = get("/roles/astronaut", "GET", language);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("h1").text()).isEqualTo(language.equals("en") ? "Page not found" : "Page introuvable");
		assertThat(page.select(".error-links a").eachAttr("href")).as("somewhere to go next")
			.containsExactly("/quiz", "/compare", "/roles", "/");
		assertThat(page.select(".lang-switch a").eachAttr("href")).containsExactly("/roles/astronaut?lang=en",
				"/roles/astronaut?lang=fr");
		assertThat(page.text()).doesNotContain("Whitelabel", "Exception", "astronaut");
	}

	@Test
	void aMethodThePortalDoesNotKnowIsAlsoALocalizedPage() throws Exception {
		HttpResponse<String> response = get("/roles", "PROPFIND", "fr");
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(Jsoup.parse(response.body()).select("html").attr("lang")).isEqualTo("fr");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/nope", "/h2-console", "/actuator/env", "/roles/a/b", "/roles/%2e%2e%2fsecret", "/error",
			"/roles/%00", "/%25" })
	void unknownPathsAndDisabledConsolesAreNotFound(String path) throws Exception {
		HttpResponse<String> response = get(path, "GET", "en");
		assertThat(response.statusCode()).isIn(400, 404);
		assertThat(response.body()).doesNotContain("Whitelabel", "Exception", "at com.");
		assertThat(Jsoup.parse(response.body()).select("h1").text()).isNotBlank();
	}

	@Test
	void wrongMethodGetsALocalizedClientErrorPage() throws Exception {
		HttpResponse<String> response = get("/roles?lang=fr", "DELETE", "en");
		assertThat(response.statusCode()).as("a page only answers GET and HEAD").isEqualTo(405);
		assertThat(Jsoup.parse(response.body()).select("h1").text())
			.isEqualTo("Nous n’avons pas pu traiter cette demande");
		assertThat(response.body()).doesNotContain("Whitelabel");
	}

	/** Tomcat names itself only on a real connection: MockMvc could never show it. */
	@ParameterizedTest
	@ValueSource(strings = { "/", "/roles/data-scientist", "/nope", "/api/v1/roles", "/favicon.svg" })
	void noResponseNamesTheServerSoftware(String path) throws Exception {
		HttpResponse<String> response = get(path, "GET", "en");
		assertThat(response.statusCode()).as("an answer, of whatever kind").isLessThan(500);
		assertThat(response.headers().firstValue("Server")).as(path).isEmpty();
		assertThat(response.headers().firstValue("X-Powered-By")).as(path).isEmpty();
	}

	private HttpResponse<String> get(String path, String method, String language)
			throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Accept-Language", language)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
