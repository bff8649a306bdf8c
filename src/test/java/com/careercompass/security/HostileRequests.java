package com.careercompass.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.web.util.UriUtils;

/**
 * Generates malformed and hostile requests across every route, from a fixed seed so that
 * every run sends the same.
 */
final class HostileRequests {

	static final List<String> ROUTES = List.of("/", "/roles", "/roles/machine-learning-engineer", "/sources",
			"/compare", "/compare/machine-learning-engineer-vs-data-scientist", "/quiz", "/quiz/result",
			"/actuator/health", "/css/site.css", "/favicon.svg", "/open-data", "/api/v1/roles",
			"/api/v1/roles/data-scientist", "/api/v1/salaries", "/api/v1/compare", "/api/v1/quiz",
			"/api/v1/quiz/results", "/data/salaries.csv", "/plan", "/api/v1/plan");

	static final List<String> PARAMETERS = List.of("lang", "a", "b", "v", "role", "country", "currency", "present",
			"production", "statistics", "software", "dataset", "performance", "deeplearning", "business", "languages",
			"sql", "mlfocus", "gpu", "background", "q", "slug", "quiz", "skills", "have", "work");

	/** Payloads whose raw form must never come back in a page: they would be markup. */
	static final List<String> REFLECTED = List.of("<script>alert('cc')</script>", "\"><img src=x onerror=alert(1)>",
			"<svg onload=alert(1)>", "'><iframe src=//evil>");

	static final List<String> PAYLOADS = List.of("<script>alert('cc')</script>", "\"><img src=x onerror=alert(1)>",
			"<svg onload=alert(1)>", "' OR '1'='1", "1; DROP TABLE skill; --", "\" OR 1=1 --", "../../etc/passwd",
			"..\\..\\windows\\win.ini", "%00", "\u0000", "${7*7}", "#{7*7}", "__${T(java.lang.Runtime)}__::.x",
			"*{T(java.lang.System).exit(0)}", "\r\nSet-Cookie: injected=1", "ﬀ𝕏🙂", "\uFFFF", "-1",
			"99999999999999999999", "1e309", "NaN", "", " ", "javascript:alert(1)//", "'><iframe src=//evil>", "%ZZ",
			"%", "a".repeat(3000));

	private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "PUT", "DELETE", "PATCH",
			"OPTIONS", "HEAD", "TRACE", "FOO");

	private static final List<String> ACCEPT_LANGUAGES = List.of("fr", "en", "de", "*", "fr;q=2", "xx-YY;q=abc",
			"fr-FR,fr;q=0.9,en;q=0.8", ";;;,,,", "<script>", "zh-Hant-TW-x-private", "q=0.5", "a".repeat(4000),
			"en,fr,de,es,it,pt,nl,sv,da,fi,no", "de,".repeat(60) + "fr;q=0.1", "*;q=0.5, fr;q=0.9, xx;q=2.0");

	/** Characters Tomcat lets through unencoded ({@code relaxed-path-chars}). */
	private static final List<String> RELAXED = List.of("|", "{", "}", "^", "`", "[", "]", "<", ">", "\\");

	private HostileRequests() {
	}

	static List<Request> generate(long seed, int count) {
		Random random = new Random(seed);
		List<Request> requests = new ArrayList<>();
		requests.addAll(fixed());
		requests.addAll(relaxed());
		while (requests.size() < count) {
			String route = pick(random, ROUTES);
			String method = pick(random, METHODS);
			String target = switch (random.nextInt(6)) {
				case 0 -> route + "/" + encode(pick(random, PAYLOADS));
				case 1 -> "/roles/" + encode(pick(random, PAYLOADS));
				case 2 -> "/compare/" + encode(pick(random, PAYLOADS)) + "-vs-" + encode(pick(random, PAYLOADS));
				default -> route + "?" + query(random);
			};
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Accept", random.nextBoolean() ? "text/html"
					: pick(random, List.of("*/*", "application/json", "image/png", "text/html;q=0.1", "garbage")));
			headers.put("Accept-Language", pick(random, ACCEPT_LANGUAGES));
			if (random.nextInt(20) == 0) {
				headers.put("X-Padding", "x".repeat(20_000));
			}
			if (random.nextInt(10) == 0) {
				headers.put("Cookie", "lang=" + encode(pick(random, PAYLOADS)));
			}
			requests.add(new Request(method, target, headers));
		}
		return requests;
	}

	/** Requests every run sends, whatever the seed. */
	private static List<Request> fixed() {
		Map<String, String> html = Map.of("Accept", "text/html");
		return List.of(new Request("GET", "/roles/" + "x".repeat(5000), html),
				new Request("GET", "/quiz/result?v=1&x=" + "a".repeat(10_000), html),
				new Request("GET", "/quiz?" + "a=b&".repeat(5000), html),
				new Request("GET", "/" + "?q=" + "y".repeat(30_000), html), new Request("GET", "/roles/%00", html),
				new Request("GET", "/roles/%2500", html),
				new Request("GET", "/roles/..%2f..%2f..%2fetc%2fpasswd", html),
				new Request("GET", "/roles/%2e%2e/%2e%2e/etc/passwd", html),
				new Request("GET", "/../../etc/passwd", html),
				new Request("GET", "/roles/a%0d%0aSet-Cookie:%20injected=1", html),
				new Request("GET", "/roles?lang=fr%0d%0aSet-Cookie:%20injected=1", html),
				new Request("GET", "/WEB-INF/web.xml", html), new Request("GET", "/META-INF/MANIFEST.MF", html),
				new Request("GET", "/h2-console", html), new Request("GET", "/actuator/env", html),
				new Request("GET", "/actuator/heapdump", html), new Request("GET", "/error", html),
				new Request("GET", "/roles/ma%C3%AFs", html), new Request("GET", "/roles/%C0%AE%C0%AE", html),
				new Request("GET", "/v3/api-docs?" + "p=1&".repeat(70), html),
				new Request("GET", "/v3/api-docs?a=%ZZ", html), new Request("GET", "/v3/api-docs/x%ZZ", html),
				new Request("GET", "/swagger-ui.html?" + "p=1&".repeat(70), html),
				new Request("GET", "/actuator/health?" + "p=1&".repeat(70), html),
				new Request("GET", "/api/v1/roles", Map.of("Accept", "foo")),
				new Request("GET", "/", Map.of("Accept", "foo")),
				new Request("GET", "/api/v1/roles", Map.of("Accept", "application/xml")),
				new Request("GET", "/", Map.of("Cookie", "lang=fr-!; lang=\"x\"; =; ;;")));
	}

	/**
	 * Every route with each character Tomcat lets through unencoded, in the path and in
	 * the query.
	 */
	static List<Request> relaxed() {
		List<Request> requests = new ArrayList<>();
		for (String route : ROUTES) {
			for (String character : RELAXED) {
				requests.add(new Request("GET", route + "/a" + character + "b", Map.of()));
				requests.add(new Request("GET", route + "?a=" + character + "&lang=" + character, Map.of()));
			}
		}
		return requests;
	}

	private static String query(Random random) {
		StringBuilder query = new StringBuilder();
		int pairs = 1 + random.nextInt(6);
		for (int i = 0; i < pairs; i++) {
			if (i > 0) {
				query.append('&');
			}
			query.append(pick(random, PARAMETERS)).append('=').append(encode(pick(random, PAYLOADS)));
		}
		return query.toString();
	}

	/**
	 * Percent-encodes as a browser would, so that the request line stays well-formed
	 * HTTP.
	 */
	private static String encode(String value) {
		return UriUtils.encode(value, "UTF-8");
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/**
	 * One request.
	 *
	 * @param method the method
	 * @param target the request target (path and query)
	 * @param headers headers besides Host
	 */
	record Request(String method, String target, Map<String, String> headers) {
	}

}
