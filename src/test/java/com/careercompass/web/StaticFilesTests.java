package com.careercompass.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import com.careercompass.support.AlsoOnPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Static files (content-hashed names, cached for a year) and compression (Tomcat's), over
 * a real server.
 */
@AlsoOnPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFilesTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void staticFilesHaveContentHashedNamesCachedForAYear() throws Exception {
		String css = Jsoup.parse(get("/", "en").body()).select("link[rel=stylesheet]").attr("href");
		assertThat(css).matches("/css/site-[0-9a-f]{32}\\.css");
		HttpResponse<String> response = get(css, "en");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000",
				"immutable");
		String icon = Jsoup.parse(get("/", "en").body()).select("link[rel=icon]").attr("href");
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

	private HttpResponse<String> get(String path, String language) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.header("Accept", "text/html")
			.header("Accept-Language", language);
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
