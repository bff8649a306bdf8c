package com.careercompass.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over two thousand malformed and hostile requests against a real server: none gets a
 * 5xx, every error page is a localized page of ours, nothing sent comes back unescaped,
 * and the portal still serves its home page afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class HostileInputTests {

	/** docs/generated/budgets.md shows it ({@code BudgetsDocTests}). */
	static final long SEED = 20261124L;

	private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("<h1[ >]");

	/** docs/generated/budgets.md shows it ({@code BudgetsDocTests}). */
	static final int COUNT = 2200;

	@LocalServerPort
	int port;

	@Test
	void survivesHostileInputOnEveryRoute(CapturedOutput output) throws IOException {
		// Warm up first: the first rendering of a few pages and the OpenAPI document log
		// a
		// line each, once per process.
		RawHttp.send(this.port, "GET", "/v3/api-docs", Map.of());
		int logBefore = output.length();
		List<String> failures = new ArrayList<>();
		List<HostileRequests.Request> requests = HostileRequests.generate(SEED, COUNT);
		assertThat(requests).hasSizeGreaterThanOrEqualTo(2000);
		int errorPages = 0;
		for (HostileRequests.Request request : requests) {
			RawHttp.Response response = RawHttp.send(this.port, request.method(), request.target(), request.headers());
			String problem = problem(request, response);
			if (problem != null) {
				failures.add(problem + " <- " + request.method() + " " + abbreviate(request.target()));
			}
			if (response.status() >= 400 && response.html()) {
				errorPages++;
			}
		}
		assertThat(failures).isEmpty();
		assertThat(errorPages).as("the suite reached the error pages").isGreaterThan(500);
		// The log budget (docs/operations.md): a client error writes nothing, whatever
		// its
		// path, query, headers or method; the rest of this suite is 2xx and 3xx, which
		// log
		// nothing either.
		assertThat(output.toString().substring(logBefore)).as("log written by %d hostile requests", requests.size())
			.isEmpty();

		RawHttp.Response home = RawHttp.send(this.port, "GET", "/",
				Map.of("Accept", "text/html", "Accept-Language", "fr"));
		assertThat(home.status()).isEqualTo(200);
		assertThat(home.body()).contains("<html lang=\"fr\"", "Ingénieur en machine learning ou data scientist\u202F?");
	}

	private static String problem(HostileRequests.Request request, RawHttp.Response response) {
		if (response.status() < 100) {
			return "no response";
		}
		if (response.status() >= 500) {
			return "status " + response.status();
		}
		String body = response.body();
		// The one script element the portal writes: JSON-LD data on role profiles, never
		// run.
		String lower = body.toLowerCase(Locale.ROOT)
			.replaceAll("(?s)<script type=\"application/ld\\+json\">[^<]*</script>", "");
		for (String payload : HostileRequests.REFLECTED) {
			if (body.contains(payload)) {
				return "payload reflected unescaped";
			}
		}
		if (lower.contains("<script") || lower.contains("<img") || lower.contains("<iframe")
				|| lower.contains("<svg onload")) {
			return "markup injected";
		}
		if (response.headers().getOrDefault("set-cookie", "").contains("injected")
				|| response.headers().containsKey("injected")) {
			return "header injected";
		}
		if (response.headers().containsKey("server")) {
			return "server banner";
		}
		// An API error is problem+json, or has no body at all (a 406 to a client that
		// accepts no JSON).
		if (request.target().startsWith("/api/") && response.status() >= 400 && response.status() != 403
				&& !body.isEmpty()
				&& !response.headers().getOrDefault("content-type", "").startsWith("application/problem+json")) {
			return "API error not problem+json: " + response.status() + " " + response.headers().get("content-type");
		}
		if (response.status() >= 400 && !request.method().equals("HEAD") && response.html()) {
			if (!(body.contains("<html lang=\"en\"") || body.contains("<html lang=\"fr\""))) {
				return "error page not localized";
			}
			if (!HEADING.matcher(body).find() || lower.contains("whitelabel") || lower.contains("exception")
					|| lower.contains("tomcat") || body.contains("\tat ")) {
				return "error page leaks or is not ours";
			}
		}
		if (response.headers().getOrDefault("set-cookie", "").toLowerCase(Locale.ROOT).contains("jsessionid")) {
			return "session created";
		}
		return null;
	}

	private static String abbreviate(String target) {
		return (target.length() > 120) ? target.substring(0, 120) + "…(" + target.length() + ")" : target;
	}

}
