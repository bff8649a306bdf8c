package com.careercompass.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.careercompass.support.AlsoOnPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache, over a real server: every test here fails with the cache switched off
 * ({@code -Dportal.page-cache.enabled=false}). Static files and compression are in
 * {@link StaticFilesTests}.
 */
@AlsoOnPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CachingTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void pagesCarryAValidatorAndAnswerRevalidationWith304() throws Exception {
		HttpResponse<String> first = get("/roles/data-scientist", "en", null);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
		assertThat(first.headers().firstValue("Vary").orElseThrow()).containsIgnoringCase("Accept-Language")
			.containsIgnoringCase("Cookie");
		HttpResponse<String> again = get("/roles/data-scientist", "en", etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		HttpResponse<String> french = get("/roles/data-scientist", "fr", etag);
		assertThat(french.statusCode()).as("another language is another page").isEqualTo(200);
		assertThat(Jsoup.parse(french.body()).select("html").attr("lang")).isEqualTo("fr");
	}

	@Test
	void aPageFromMemoryIsTheSamePageWithTheSameHeaders() throws Exception {
		HttpResponse<String> rendered = get("/compare/data-scientist-vs-ai-engineer", "fr", null);
		HttpResponse<String> cached = get("/compare/data-scientist-vs-ai-engineer", "fr", null);
		assertThat(cached.body()).isEqualTo(rendered.body());
		assertThat(cached.headers().firstValue("ETag")).as("served from memory, with the rendered page's validator")
			.isPresent()
			.isEqualTo(rendered.headers().firstValue("ETag"));
		assertThat(cached.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(rendered.headers().firstValue("Content-Security-Policy"))
			.isPresent();
		assertThat(cached.headers().firstValue("Content-Language")).hasValue("fr");
		assertThat(cached.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
	}

	@Test
	void choosingALanguageAlwaysRemembersItEvenWhenThePageIsCached() throws Exception {
		HttpRequest withCookie = HttpRequest.newBuilder(uri("/sources?lang=fr")).header("Cookie", "lang=fr").build();
		HttpResponse<String> cached = this.http.send(withCookie, HttpResponse.BodyHandlers.ofString());
		assertThat(cached.headers().firstValue("Set-Cookie")).as("the cookie already says fr").isEmpty();
		assertThat(cached.headers().firstValue("ETag")).as("nothing to remember: a page from the cache").isPresent();
		HttpResponse<String> newcomer = get("/sources?lang=fr", "en", null);
		assertThat(newcomer.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("lang=fr");
		assertThat(newcomer.headers().firstValue("ETag")).as("rendered, not served from or kept in memory").isEmpty();
		assertThat(newcomer.body()).isEqualTo(cached.body());
	}

	@Test
	void responsesThatSetACookieOrFailAreNotCached() throws Exception {
		assertThat(get("/roles", "fr", null).headers().firstValue("ETag")).as("the same page, nothing chosen")
			.isPresent();
		HttpResponse<String> chosen = get("/roles?lang=fr", "en", null);
		assertThat(chosen.headers().firstValue("Set-Cookie")).isPresent();
		assertThat(chosen.headers().firstValue("ETag")).isEmpty();
		assertThat(get("/roles/nobody", "en", null).headers().firstValue("ETag")).isEmpty();
	}

	private HttpResponse<String> get(String path, String language, String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Accept-Language", language);
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
