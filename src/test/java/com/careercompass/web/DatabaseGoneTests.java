package com.careercompass.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog and the quiz are read while the application starts: once running, an
 * instance serves every page, rendered for the first time or not, without its database,
 * and readiness says so at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseGoneTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	HikariDataSource dataSource;

	@Test
	void servesPagesNeverRenderedBeforeAndStaysReadyWithTheDatabaseGone() throws Exception {
		this.dataSource.close();
		for (String path : new String[] { "/roles/ai-engineer?lang=fr", "/compare/data-engineer-vs-ai-engineer",
				"/quiz/result?v=1&present=1&production=4&statistics=1&software=5&dataset=2&performance=4"
						+ "&deeplearning=2&business=1&languages=5&sql=1&mlfocus=2&gpu=2&background=software",
				"/api/v1/roles/data-scientist", "/data/salaries.csv", "/actuator/health/readiness",
				"/actuator/health/liveness" }) {
			long start = System.nanoTime();
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(System.nanoTime() - start).as(path + " within 1 s").isLessThan(1_000_000_000L);
		}
		// Checked in the background every 2 s: reported down within a few seconds, and
		// asking never waits for the database.
		int status = 0;
		for (int i = 0; i < 50 && status != 503; i++) {
			long start = System.nanoTime();
			status = get("/actuator/health").statusCode();
			assertThat(System.nanoTime() - start).as("health answers at once").isLessThan(1_000_000_000L);
			if (status != 503) {
				Thread.sleep(200);
			}
		}
		assertThat(status).as("the database is reported down where it is asked about").isEqualTo(503);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
