package com.careercompass.security;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over a real Tomcat, responses that never pass Spring Security's filters carry the
 * security headers too: its firewall's 400, the 405 for TRACE, Tomcat's own 400.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryResponseHeadersTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "GET, /x%2Fy", "GET, //roles", "GET, /roles;x=1", "TRACE, /", "GET, /roles/%ZZ", "FOO, /roles",
			"GET, /api/v1/roles;x=1", "GET, /", "GET, /roles/nobody" })
	void everyResponseCarriesEverySecurityHeaderAndNoServerHeader(String method, String path) throws IOException {
		RawHttp.Response response = RawHttp.send(this.port, method, path, Map.of("Accept-Language", "fr"));
		assertThat(response.status()).as(method + " " + path).isBetween(200, 499);
		assertThat(response.headers()).as(method + " " + path)
			.containsKeys("content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy",
					"permissions-policy", "cross-origin-opener-policy")
			.doesNotContainKey("server");
		assertThat(response.headers().get("content-security-policy")).contains("default-src 'self'")
			.doesNotContain("unsafe");
	}

	/** The explorer's looser style and image rules stay under /swagger-ui/. */
	@org.junit.jupiter.api.Test
	void onlyTheApiExplorerMayUseInlineStylesAndDataImages() throws IOException {
		String explorer = RawHttp.send(this.port, "GET", "/swagger-ui/index.html", Map.of())
			.headers()
			.get("content-security-policy");
		assertThat(explorer).contains("style-src 'self' 'unsafe-inline'", "img-src 'self' data:", "script-src 'self';")
			.doesNotContain("unsafe-eval");
		for (String path : new String[] { "/", "/swagger-ui.html", "/v3/api-docs", "/swagger-uix/index.html",
				"/roles/swagger-ui/index.html" }) {
			assertThat(RawHttp.send(this.port, "GET", path, Map.of()).headers().get("content-security-policy")).as(path)
				.doesNotContain("unsafe", "data:");
		}
	}

	/**
	 * A request Tomcat cannot hand to the portal gets the portal's own error template,
	 * not a copy of it: same layout, same words, in the reader's language.
	 */
	@org.junit.jupiter.params.ParameterizedTest
	@CsvSource({ "fr, Nous n’avons pas pu traiter cette demande, accueil",
			"en, We could not handle that request, home page" })
	void tomcatsOwnErrorsGetThePortalsErrorPage(String language, String title, String home) throws IOException {
		RawHttp.Response response = RawHttp.send(this.port, "GET", "/roles/%ZZ", Map.of("Accept-Language", language));
		assertThat(response.status()).isEqualTo(400);
		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("h1").text()).isEqualTo(title);
		assertThat(page.select("a.skip-link")).as("the layout's skip link").hasSize(1);
		assertThat(page.select("nav.site-nav a")).as("the layout's navigation").hasSize(5);
		assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/css/site");
		assertThat(page.select(".error-links a[href=/]").text()).contains(home);
		assertThat(page.select("footer.site-footer")).hasSize(1);
	}

}
