package com.careercompass.system.language;

import com.careercompass.system.edge.RequestLanguageFilter;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import com.careercompass.system.web.CanonicalRequest;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

	private final LocaleResolver resolver = new LanguageConfig().localeResolver();

	@Test
	void parsesSupportedTagsOnly() {
		assertThat(Languages.parse("fr")).contains(Locale.FRENCH);
		assertThat(Languages.parse("fr-CA")).contains(Locale.FRENCH);
		assertThat(Languages.parse("EN_gb")).contains(Locale.ENGLISH);
		assertThat(Languages.parse("de")).isEmpty();
		assertThat(Languages.parse("<script>")).isEmpty();
		assertThat(Languages.parse("x".repeat(500))).isEmpty();
		assertThat(Languages.parse(null)).isEmpty();
	}

	@Test
	void readsAnyAcceptLanguageABrowserCanSend() {
		assertThat(Languages.fromAcceptLanguage("de-DE,fr;q=0.8,en;q=0.5")).isEqualTo(Locale.FRENCH);
		assertThat(Languages.fromAcceptLanguage("fr-CA")).isEqualTo(Locale.FRENCH);
		assertThat(Languages.fromAcceptLanguage("fr, en")).as("a tie goes to the first named").isEqualTo(Locale.FRENCH);
		assertThat(Languages.fromAcceptLanguage("en;q=0.4, fr;q=0.9")).isEqualTo(Locale.FRENCH);
		assertThat(Languages.fromAcceptLanguage("fr;q=0, en;q=0.1")).as("q=0 is a refusal").isEqualTo(Locale.ENGLISH);
		String fifty = IntStream.range(0, 49)
			.mapToObj((i) -> "x" + (char) ('a' + i % 26) + "-" + i + ";q=0." + (1 + i % 8))
			.collect(Collectors.joining(",")) + ",fr;q=0.95";
		assertThat(fifty.split(",")).hasSize(50);
		assertThat(Languages.fromAcceptLanguage(fifty)).isEqualTo(Locale.FRENCH);
		assertThat(Languages.fromAcceptLanguage("en,fr,de,es,it,pt,nl,sv,da,fi,no")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void skipsJunkRangesAndDefaultsToEnglish() {
		assertThat(Languages.fromAcceptLanguage("xx-YY;q=abc, <script>, fr;q=0.5")).isEqualTo(Locale.FRENCH);
		assertThat(Languages.fromAcceptLanguage(";;;,,,")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("*")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("ja, de")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("a".repeat(16_000))).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("de,".repeat(4000) + "fr")).as("past the part that is read")
			.isEqualTo(Locale.ENGLISH);
	}

	@Test
	void aChoiceWinsOverTheCookieWhichWinsOverTheBrowser() {
		assertThat(RequestLanguage.choose("fr", null, "en")).isEqualTo(new RequestLanguage(Locale.FRENCH, true));
		assertThat(RequestLanguage.choose("fr", "fr", "en")).as("already remembered")
			.isEqualTo(new RequestLanguage(Locale.FRENCH, false));
		assertThat(RequestLanguage.choose("en", "fr", "fr")).isEqualTo(new RequestLanguage(Locale.ENGLISH, true));
		assertThat(RequestLanguage.choose(null, "fr", "en")).isEqualTo(new RequestLanguage(Locale.FRENCH, false));
		assertThat(RequestLanguage.choose(null, null, "fr-CA")).isEqualTo(new RequestLanguage(Locale.FRENCH, false));
	}

	@Test
	void tamperedChoicesAndCookiesFallBackToTheNextSource() {
		assertThat(RequestLanguage.choose("de", null, "fr")).isEqualTo(new RequestLanguage(Locale.FRENCH, false));
		assertThat(RequestLanguage.choose("fr x", null, "en")).isEqualTo(new RequestLanguage(Locale.ENGLISH, false));
		assertThat(RequestLanguage.choose(null, "%3Cscript%3E", "en"))
			.isEqualTo(new RequestLanguage(Locale.ENGLISH, false));
		assertThat(RequestLanguage.choose(null, "de", "fr-CA")).isEqualTo(new RequestLanguage(Locale.FRENCH, false));
	}

	@Test
	void theFilterChoosesOnceAndTheRestOfThePortalReadsThatChoice() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roles");
		request.setParameter("lang", "fr");
		request.addHeader("Accept-Language", "en,fr,de,es,it,pt,nl,sv,da,fi,no,ja");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		new RequestLanguageFilter().doFilter(request, response, chain);
		HttpServletRequest seen = (HttpServletRequest) chain.getRequest();
		assertThat(seen.getLocale()).isEqualTo(Locale.FRENCH);
		assertThat(Collections.list(seen.getLocales())).containsExactly(Locale.FRENCH);
		assertThat(this.resolver.resolveLocale(seen)).isEqualTo(Locale.FRENCH);
		assertThat(LanguageConfig.changesLanguage(seen)).isTrue();
		assertThat(response.getHeader("Set-Cookie")).startsWith("lang=fr")
			.contains("HttpOnly")
			.contains("SameSite=Lax")
			.contains("Max-Age=31536000")
			.doesNotContain("Secure");
		assertThat(response.getHeader("Vary")).isEqualTo("Accept-Language, Cookie");
	}

	@Test
	void theApiReadsNoCookieSetsNoneAndVariesOnTheBrowsersLanguages() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/roles");
		request.setCookies(new Cookie("lang", "fr"));
		request.setParameter("lang", "en");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RequestLanguageFilter().doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(response.getHeader("Vary")).isEqualTo("Accept-Language");
		assertThat(RequestLanguage.localeOf(request)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void overHttpsTheCookieIsSecure() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setSecure(true);
		request.setParameter("lang", "fr");
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RequestLanguageFilter().doFilter(request, response, new MockFilterChain());
		assertThat(response.getHeader("Set-Cookie")).contains("Secure");
	}

	@Test
	void languageLinksKeepThePathAndKnownParametersButNoTrackingTagOrPostedField() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/roles/data-scientist");
		request.setQueryString("utm_source=news&lang=en&q=a+b&fbclid=XYZ");
		request.setParameter("posted", "field");
		HttpServletRequest canonical = CanonicalRequest.of(request, Set.of("lang", "q"));
		LanguageLinks links = LanguageLinks.of(canonical, Locale.ENGLISH, "https://careers.example");
		assertThat(links.links()).extracting(LanguageLinks.Link::href)
			.containsExactly("/roles/data-scientist?q=a%20b&lang=en", "/roles/data-scientist?q=a%20b&lang=fr");
		assertThat(links.links()).extracting(LanguageLinks.Link::current).containsExactly(true, false);
		assertThat(links.defaultHref()).isEqualTo("/roles/data-scientist?q=a%20b");
		assertThat(links.base()).isEqualTo("https://careers.example");
	}

	@Test
	void languageLinksOnAnErrorPagePointAtTheRequestedPage() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
		request.setAttribute("jakarta.servlet.error.request_uri", "/roles/unknown%20role");
		LanguageLinks links = LanguageLinks.of(request, Locale.FRENCH, "http://localhost");
		assertThat(links.links().get(1).href()).isEqualTo("/roles/unknown%20role?lang=fr");
	}

}
