package com.careercompass.system.edge;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.careercompass.system.web.CachedPage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only handlers that opt in ({@link CachedPage}) are kept in memory: a new page handler,
 * which may depend on more than its address, is rendered every time until someone says it
 * may be shared.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PageCacheOptInTests.Probe.class)
class PageCacheOptInTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	FilterRegistrationBean<PageCacheFilter> registration;

	@Test
	void aHandlerThatDidNotOptInIsRenderedEveryTime() throws Exception {
		PageCache cache = this.registration.getFilter().cache();
		long before = cache.size();
		HttpResponse<String> first = get("/probe-page");
		HttpResponse<String> second = get("/probe-page");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type"))
			.hasValueSatisfying((t) -> assertThat(t).startsWith("text/html"));
		assertThat(second.body()).as("rendered again").isNotEqualTo(first.body());
		assertThat(second.headers().firstValue("ETag")).isEmpty();
		assertThat(cache.size()).as("nothing kept").isEqualTo(before);
	}

	@Test
	void aHandlerThatOptedInIsKept() throws Exception {
		HttpResponse<String> first = get("/probe-cached");
		HttpResponse<String> second = get("/probe-cached");
		assertThat(second.body()).as("served from memory").isEqualTo(first.body());
		assertThat(second.headers().firstValue("ETag")).isPresent();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** Two pages that differ at every rendering: one opted in, one not. */
	@Controller
	static class Probe {

		private int renders;

		@GetMapping(path = "/probe-page", produces = MediaType.TEXT_HTML_VALUE)
		@ResponseBody
		synchronized String page() {
			return "<!DOCTYPE html><title>probe</title><p>render " + (++this.renders);
		}

		@CachedPage
		@GetMapping(path = "/probe-cached", produces = MediaType.TEXT_HTML_VALUE)
		@ResponseBody
		synchronized String cached() {
			return "<!DOCTYPE html><title>probe</title><p>render " + (++this.renders);
		}

	}

}
