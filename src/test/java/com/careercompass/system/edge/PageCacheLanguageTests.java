package com.careercompass.system.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One language per cached page: tampered {@code lang} values and cookies, sent first to
 * pages nobody has read yet, never make a plain English or French reader get the other
 * language afterwards, whether the page was kept or not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheLanguageTests {

	/**
	 * A {@code lang} value, a {@code lang} cookie and an {@code Accept-Language}, each
	 * tampered in a way that once split the page cache's key from the rendering.
	 */
	private static final List<List<String>> POISON = List.of(List.of("fr%20x", "fr-!", "en"),
			List.of("fr%20x", "", "en"), List.of("en%20x", "en-!", "fr"), List.of("fr_x_y", "de", "en"),
			List.of("FR", "fr-CA-x-!", "en"), List.of("%66r", "fr;", "en"), List.of("fr%00", "%66r", "en"),
			List.of("fr-", "fr--", "en,fr,de,es,it,pt,nl,sv,da,fi,no"), List.of("", "fr-!", "en"),
			List.of("en-!", "", "fr"));

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void tamperedLanguagesNeverReachAnotherReadersPage() throws Exception {
		String[] codes = { "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b" };
		for (int i = 0; i < POISON.size(); i++) {
			List<String> poison = POISON.get(i);
			// A skills-check result nobody has asked for yet, then the home page.
			String page = "/skills-check/result?v=3&have=" + codes[i] + ".c.d.e";
			for (String path : List.of(page, "/")) {
				String attack = path + (path.contains("?") ? "&" : "?") + "lang=" + poison.get(0);
				HttpResponse<String> first = get(attack, poison.get(1).isEmpty() ? null : "lang=" + poison.get(1),
						poison.get(2));
				assertThat(first.statusCode()).as(attack).isEqualTo(200);
				for (int reader = 0; reader < 2; reader++) {
					assertThat(language(get(path, null, "en"))).as("English reader after " + poison + " on " + path)
						.isEqualTo("en");
					assertThat(language(get(path, null, "fr-FR,fr;q=0.9"))).as("French reader after " + poison)
						.isEqualTo("fr");
					assertThat(language(get(path, "lang=fr", "en"))).as("French cookie after " + poison)
						.isEqualTo("fr");
				}
			}
		}
	}

	private static String language(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(200);
		String body = response.body();
		int at = body.indexOf("<html lang=\"");
		assertThat(at).isNotNegative();
		String lang = body.substring(at + 12, body.indexOf('"', at + 12));
		assertThat(response.headers().firstValue("Content-Language")).as("the header agrees with the page")
			.hasValueSatisfying((header) -> assertThat(header).startsWith(lang));
		return lang;
	}

	private HttpResponse<String> get(String path, String cookie, String acceptLanguage)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept-Language", acceptLanguage);
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
