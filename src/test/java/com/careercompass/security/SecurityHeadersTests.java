package com.careercompass.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every response carries the security headers; no page opens a session or sets a cookie
 * it does not need.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/roles", "/roles/data-scientist", "/sources", "/compare",
			"/compare/machine-learning-engineer-vs-data-scientist", "/quiz", "/quiz/result?v=1", "/roles/unknown",
			"/css/site.css", "/actuator/health" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		MvcTestResult result = this.mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
		String csp = result.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp)
			.contains("default-src 'self'", "frame-ancestors 'none'", "form-action 'self'", "base-uri 'self'",
					"object-src 'none'")
			.doesNotContain("unsafe-inline", "unsafe-eval", "*");
		assertThat(result).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
			.hasValue("Cross-Origin-Opener-Policy", "same-origin")
			.hasValue("X-Frame-Options", "DENY")
			.containsHeader("Permissions-Policy")
			.doesNotContainHeader("Strict-Transport-Security")
			.doesNotContainHeader("Set-Cookie");
		assertThat(result.getRequest().getSession(false)).as("no session").isNull();
	}

	@Test
	void httpsResponsesAddStrictTransportSecurityAndSecureCookies() {
		MvcTestResult result = this.mvc.get().uri("https://localhost/roles?lang=fr").secure(true).exchange();
		assertThat(result).headers().containsHeader("Strict-Transport-Security");
		assertThat(result.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(result.getResponse().getHeader("Set-Cookie")).contains("lang=fr", "HttpOnly", "Secure",
				"SameSite=Lax");
	}

	@Test
	void theOnlyCookieIsTheChosenLanguage() {
		MvcTestResult result = this.mvc.get().uri("/roles?lang=fr").exchange();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).singleElement()
			.satisfies((cookie) -> assertThat(cookie).startsWith("lang=fr;")
				.contains("HttpOnly", "SameSite=Lax")
				.doesNotContain("Secure"));
		assertThat(this.mvc.get().uri("/roles?lang=de").exchange().getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void pagesAnswerOnlyGetAndHeadAndCreateNothing() {
		for (String path : new String[] { "/quiz", "/compare", "/roles", "/" }) {
			MvcTestResult result = this.mvc.post()
				.uri(path)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("a=1")
				.exchange();
			assertThat(result).as(path).hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
			assertThat(result.getResponse().getHeader("Allow")).contains("GET");
			assertThat(result.getRequest().getSession(false)).as("no session for a refused request").isNull();
			assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		}
	}

	@Test
	void actuatorExposesOnlyHealthWithLivenessAndReadiness() {
		assertThat(this.mvc.get().uri("/actuator")).as("no discovery page with links from the Host header")
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/actuator/health/liveness")).hasStatusOk().bodyText().contains("UP");
		assertThat(this.mvc.get().uri("/actuator/health/readiness")).hasStatusOk().bodyText().contains("UP");
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump",
				"/actuator/configprops", "/h2-console" }) {
			assertThat(this.mvc.get().uri(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

}
