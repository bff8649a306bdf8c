package com.careercompass.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.careercompass.support.AlsoOnPostgres;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The catalog and the quiz are read while the application starts: once running, an
 * instance serves every page, rendered for the first time or not, without its database,
 * and readiness says so at once.
 */
@AlsoOnPostgres
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
			// the pool is closed: any use of the database would fail this request at once
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
		}
		// Checked in the background every 2 s: reported down where it is asked about.
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.untilAsserted(() -> assertThat(get("/actuator/health").statusCode())
				.as("the database is reported down where it is asked about")
				.isEqualTo(503));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
