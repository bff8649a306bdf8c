package com.careercompass.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP caching and compression, over a real server (Tomcat does the compression). */
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
		assertThat(cached.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(rendered.headers().firstValue("Content-Security-Policy"))
			.isPresent();
		assertThat(cached.headers().firstValue("Content-Language")).hasValue("fr");
		assertThat(cached.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
	}

	@Test
	void staticFilesHaveContentHashedNamesCachedForAYear() throws Exception {
		String css = Jsoup.parse(get("/", "en", null).body()).select("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<String> response = get(css, "en", null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000",
				"immutable");
		String icon = Jsoup.parse(get("/", "en", null).body()).select("link[rel=icon]").attr("href");
		assertThat(icon).matches("/favicon-[0-9a-f]{32}\\.svg");
	}

	@Test
	void textIsCompressedForClientsThatAsk() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri("/compare/machine-learning-engineer-vs-data-scientist"))
			.header("Accept-Encoding", "gzip")
			.build();
		HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html = new String(new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(html).contains("<h1>");
		assertThat(response.body().length).as("compressed page").isLessThan(html.length() / 4);
	}

	@Test
	void choosingALanguageAlwaysRemembersItEvenWhenThePageIsCached() throws Exception {
		HttpRequest withCookie = HttpRequest.newBuilder(uri("/sources?lang=fr")).header("Cookie", "lang=fr").build();
		HttpResponse<String> cached = this.http.send(withCookie, HttpResponse.BodyHandlers.ofString());
		assertThat(cached.headers().firstValue("Set-Cookie")).as("the cookie already says fr").isEmpty();
		HttpResponse<String> newcomer = get("/sources?lang=fr", "en", null);
		assertThat(newcomer.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("lang=fr");
		assertThat(newcomer.body()).isEqualTo(cached.body());
	}

	@Test
	void responsesThatSetACookieOrFailAreNotCached() throws Exception {
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
