package com.careercompass.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client's headers can and cannot do, over a real server: any
 * {@code Accept-Language} a browser can send chooses a language (never a 500); every API
 * response says it varies on it; a redirect never takes its address from {@code Host};
 * Tomcat's own answer to {@code OPTIONS *} carries the security headers; JSON is
 * compressed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestHeadersTests {

	/**
	 * Fifty ranges, quality values, a wildcard and junk; French is the best supported.
	 */
	static final String FIFTY_RANGES = IntStream.range(0, 46)
		.mapToObj((i) -> "x" + (char) ('a' + i % 26) + "-" + i + ";q=0." + (1 + i % 8))
		.collect(Collectors.joining(",")) + ",*;q=0.05,xx-YY;q=abc,en;q=0.9,fr;q=0.95";

	@LocalServerPort
	int port;

	@Test
	void aFiftyRangeAcceptLanguageChoosesTheLanguageOfAPageAFileAndTheApi() throws IOException {
		assertThat(FIFTY_RANGES.split(",")).hasSize(50);
		Map<String, String> headers = Map.of("Accept-Language", FIFTY_RANGES);
		RawHttp.Response page = RawHttp.send(this.port, "GET", "/roles", headers);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"fr\"");
		assertThat(RawHttp.send(this.port, "GET", "/css/site.css", headers).status()).isEqualTo(200);
		RawHttp.Response api = RawHttp.send(this.port, "GET", "/api/v1/roles/data-scientist", headers);
		assertThat(api.status()).isEqualTo(200);
		RawHttp.Response english = RawHttp.send(this.port, "GET", "/api/v1/roles/data-scientist",
				Map.of("Accept-Language", "en"));
		assertThat(api.body()).as("the API answers in French").isNotEqualTo(english.body());
		RawHttp.Response eleven = RawHttp.send(this.port, "GET", "/",
				Map.of("Accept-Language", "en,fr,de,es,it,pt,nl,sv,da,fi,no"));
		assertThat(eleven.status()).isEqualTo(200);
		assertThat(eleven.body()).contains("<html lang=\"en\"");
	}

	@Test
	void everyApiResponseVariesOnTheBrowsersLanguages() throws IOException {
		for (String path : List.of("/api/v1/roles", "/api/v1/roles/data-scientist", "/api/v1/roles/nobody",
				"/api/v1/nothing", "/api/v1/compare?a=data-scientist&b=data-scientist", "/api/v1/roles?lang=de",
				"/api/v1/skills-check?v=1&have=zz", "/api/v1/roles/a|b")) {
			RawHttp.Response response = RawHttp.send(this.port, "GET", path, Map.of("Accept-Language", "fr"));
			assertThat(response.headers().get("vary")).as(path + " (" + response.status() + ")")
				.containsIgnoringCase("Accept-Language");
		}
		RawHttp.Response post = RawHttp.sendBytes(this.port,
				"POST /api/v1/quiz/results HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
					.getBytes(StandardCharsets.US_ASCII));
		assertThat(post.status()).isEqualTo(400);
		assertThat(post.headers().get("vary")).containsIgnoringCase("Accept-Language");
	}

	@Test
	void redirectsNeverTakeTheirAddressFromTheHost() throws IOException {
		for (String path : List.of("/compare?a=machine-learning-engineer&b=data-scientist",
				"/skills-check?v=3&have=1.2&first=data-scientist", "/swagger-ui.html", "/quiz?v=2" + QUIZ)) {
			String request = "GET " + path + " HTTP/1.0\r\nHost: evil.example\r\nX-Forwarded-Host: evil2.example\r\n"
					+ "X-Forwarded-Proto: https\r\n\r\n";
			RawHttp.Response response = RawHttp.sendBytes(this.port, request.getBytes(StandardCharsets.US_ASCII));
			assertThat(response.status()).as(path).isEqualTo(302);
			assertThat(response.headers().get("location")).as(path).startsWith("/").doesNotContain("evil");
		}
		RawHttp.Response config = RawHttp.sendBytes(this.port,
				("GET /v3/api-docs/swagger-config HTTP/1.0\r\nHost: evil.example\r\nX-Forwarded-Host: evil2.example"
						+ "\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
		assertThat(config.body()).contains("oauth2RedirectUrl").doesNotContain("evil");
	}

	@Test
	void tomcatsOwnAnswerToOptionsAsteriskCarriesTheSecurityHeaders() throws IOException {
		RawHttp.Response response = RawHttp.sendBytes(this.port,
				"OPTIONS * HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers()).containsKeys("content-security-policy", "x-content-type-options",
				"x-frame-options", "referrer-policy", "permissions-policy");
	}

	@Test
	void jsonIsCompressedForClientsThatAsk() throws IOException {
		RawHttp.Response response = RawHttp.send(this.port, "GET", "/api/v1/salaries",
				Map.of("Accept-Encoding", "gzip"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.headers().get("content-encoding")).isEqualTo("gzip");
		assertThat(response.headers().get("etag")).startsWith("W/");
	}

	private static final String QUIZ = "&present=5&production=2&statistics=5&software=2&dataset=4&performance=1"
			+ "&deeplearning=3&business=5&languages=1&sql=4&mlfocus=3&gpu=1&platform=2&realtime=0&background=stats";

}
