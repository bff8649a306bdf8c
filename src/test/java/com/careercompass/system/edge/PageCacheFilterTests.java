package com.careercompass.system.edge;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page cache keys on canonical addresses only, over a real server: tracking tags and
 * invented parameters reach neither the key nor the page, HEAD is answered from the same
 * entries, and a flood of one-off addresses adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageCacheFilterTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	FilterRegistrationBean<PageCacheFilter> registration;

	@Test
	void aFloodOfInventedParametersAddsNoEntryAndIsServedFromMemory() throws Exception {
		PageCache cache = this.registration.getFilter().cache();
		HttpResponse<String> plain = get("/roles", "GET");
		long entries = cache.size();
		for (int i = 0; i < 200; i++) {
			HttpResponse<String> flood = get("/roles?x=" + i + "&y=" + "A".repeat(4_000) + "&utm_source=" + i, "GET");
			assertThat(flood.statusCode()).isEqualTo(200);
			assertThat(flood.body()).isEqualTo(plain.body());
			assertThat(flood.headers().firstValue("ETag")).isEqualTo(plain.headers().firstValue("ETag")).isPresent();
		}
		assertThat(cache.size()).as("no entry per invented address").isEqualTo(entries);
	}

	/**
	 * Every page the server decodes to the same path has one address: any other spelling
	 * (escaped letters, lower-case escapes, path parameters, dot segments) is sent there
	 * for good, with its known parameters only, and never becomes a page of its own.
	 */
	@Test
	void anyOtherSpellingOfAPageIsRedirectedToItsOneAddressAndNeverKept() throws Exception {
		PageCache cache = this.registration.getFilter().cache();
		List<String> pages = List.of("/", "/roles", "/roles/data-scientist", "/roles/machine-learning-engineer",
				"/compare/machine-learning-engineer-vs-data-scientist", "/quiz", "/skills-check", "/sources");
		for (String page : pages) {
			assertThat(get(page, "GET").statusCode()).as(page).isEqualTo(200);
		}
		long entries = cache.size();
		Random random = new Random(7);
		for (int i = 0; i < 400; i++) {
			String page = pages.get(i % pages.size());
			String spelled = misspell(page, random);
			HttpResponse<String> moved = get(spelled + "?utm_source=" + i + "&lang=en", (i % 3 == 0) ? "HEAD" : "GET");
			assertThat(moved.statusCode()).as(spelled).isEqualTo(301);
			assertThat(moved.headers().firstValue("Location")).as(spelled).hasValue(page + "?lang=en");
		}
		assertThat(cache.size()).as("no entry per spelling").isEqualTo(entries);
		assertThat(get("/roles/data-scientist", "GET").statusCode()).as("the one address itself").isEqualTo(200);
	}

	/**
	 * Escapes the server keeps encoded in the path it decodes ({@code %25}, {@code %2F})
	 * and odd characters are redirected at most once: the canonical spelling is a fixed
	 * point.
	 */
	@Test
	void aCanonicalSpellingIsNeverRedirectedAgain() throws Exception {
		for (String path : List.of("/%25", "/%2f", "/roles/a%7cb", "/r%6Fles/%25%61", "/%c3%a9t%C3%A9",
				"/roles/%2e%2e/quiz", "/roles/data-scientist/%2e")) {
			HttpResponse<String> first = get(path, "GET");
			String location = first.headers().firstValue("Location").orElse(null);
			if (first.statusCode() == 301) {
				assertThat(location).as(path).isNotNull().isNotEqualTo(path);
				assertThat(get(location, "GET").statusCode()).as(path + " then " + location).isNotEqualTo(301);
			}
			else {
				assertThat(first.statusCode()).as(path).isIn(200, 400, 404);
			}
		}
	}

	/**
	 * The path, spelled another way that the server reads as the same: some letters
	 * escaped (in either case), a dot segment or a path parameter added.
	 */
	private static String misspell(String path, Random random) {
		StringBuilder spelled = new StringBuilder();
		boolean changed = false;
		while (!changed) {
			spelled.setLength(0);
			for (char c : path.toCharArray()) {
				if (c != '/' && random.nextInt(4) == 0) {
					String hex = String.format("%%%02X", (int) c);
					spelled.append(random.nextBoolean() ? hex : hex.toLowerCase(Locale.ROOT));
					changed = true;
				}
				else {
					spelled.append(c);
				}
			}
			switch (random.nextInt(4)) {
				case 0 -> {
					spelled.insert(0, "/.");
					changed = true;
				}
				case 1 -> {
					if (path.length() > 1) {
						spelled.append(";x=").append(random.nextInt(1000));
						changed = true;
					}
				}
				default -> {
				}
			}
		}
		return spelled.toString();
	}

	@Test
	void sharedLinksWithTrackingTagsGiveTheSamePage() throws Exception {
		String quiz = "/quiz/result?v=1&present=5&production=2&statistics=5&software=2&dataset=4&performance=1"
				+ "&deeplearning=3&business=5&languages=1&sql=4&mlfocus=3&gpu=1&background=stats";
		HttpResponse<String> clean = get(quiz, "GET");
		assertThat(clean.statusCode()).isEqualTo(200);
		for (String tag : new String[] { "&fbclid=IwAR0abc", "&utm_source=x&utm_medium=social", "&gclid=Cj0KCQ" }) {
			HttpResponse<String> tagged = get(quiz + tag, "GET");
			assertThat(tagged.statusCode()).as(tag).isEqualTo(200);
			assertThat(tagged.body()).as(tag).isEqualTo(clean.body());
		}
		HttpResponse<String> compare = get("/compare/machine-learning-engineer-vs-data-scientist?utm_source=x", "GET");
		assertThat(compare.statusCode()).isEqualTo(200);
		assertThat(compare.body()).doesNotContain("utm_source");
	}

	@Test
	void headIsAnsweredFromTheCacheWithTheLengthAndValidatorOfTheGet() throws Exception {
		PageCache cache = this.registration.getFilter().cache();
		String path = "/compare/data-scientist-vs-software-engineer";
		HttpResponse<String> head = get(path, "HEAD");
		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(cache.get("en " + path)).as("a HEAD that missed filled the cache").isNotNull();
		HttpResponse<String> full = get(path, "GET");
		assertThat(head.headers().firstValue("ETag")).isEqualTo(full.headers().firstValue("ETag")).isPresent();
		assertThat(get(path, "HEAD").headers().firstValueAsLong("Content-Length"))
			.hasValue(full.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
	}

	private HttpResponse<String> get(String path, String method) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("Accept-Language", "en")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
