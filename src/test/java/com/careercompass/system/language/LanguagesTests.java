package com.careercompass.system.language;

import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import com.careercompass.system.web.CanonicalRequest;

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
	void followsAcceptLanguageWhenNothingWasChosen() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "de-DE,fr;q=0.8,en;q=0.5");
		request.setPreferredLocales(java.util.List.of(Locale.GERMANY, Locale.FRENCH, Locale.ENGLISH));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
	}

	@Test
	void defaultsToEnglishForUnsupportedOrMissingLanguages() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
		request.addHeader("Accept-Language", "ja");
		request.setPreferredLocales(java.util.List.of(Locale.JAPANESE));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void chosenLanguageWinsOverTheBrowserAndIsRememberedInAStrictCookie() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", "en");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.FRENCH);
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);
		assertThat(response.getHeader("Set-Cookie")).startsWith("lang=fr")
			.contains("HttpOnly")
			.contains("SameSite=Lax");

		MockHttpServletRequest next = new MockHttpServletRequest();
		next.setCookies(new Cookie("lang", "fr"));
		assertThat(this.resolver.resolveLocale(next)).isEqualTo(Locale.FRENCH);
	}

	@Test
	void ignoresUnsupportedChoicesAndTamperedCookies() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.GERMAN);
		assertThat(response.getHeader("Set-Cookie")).isNull();
		request.setCookies(new Cookie("lang", "%3Cscript%3E"));
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);

		MockHttpServletRequest german = new MockHttpServletRequest();
		german.addHeader("Accept-Language", "fr-CA");
		german.setPreferredLocales(java.util.List.of(Locale.CANADA_FRENCH));
		german.setCookies(new Cookie("lang", "de"));
		assertThat(this.resolver.resolveLocale(german)).as("an unsupported cookie falls back to the browser")
			.isEqualTo(Locale.FRENCH);
	}

	@Test
	void aChoiceTheCookieAlreadyHoldsSetsNoCookieAgain() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie("lang", "fr"));
		request.setParameter("lang", "fr");
		assertThat(LanguageConfig.changesLanguage(request)).isFalse();
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.resolver.setLocale(request, response, Locale.FRENCH);
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.FRENCH);

		request.setParameter("lang", "en");
		assertThat(LanguageConfig.changesLanguage(request)).isTrue();
		this.resolver.setLocale(request, response, Locale.ENGLISH);
		assertThat(response.getHeader("Set-Cookie")).startsWith("lang=en");
		assertThat(this.resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
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
