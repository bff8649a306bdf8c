package com.careercompass.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Absolute links come from {@code portal.base-url}, never from what a client says its
 * host is: a forged {@code Host} or {@code X-Forwarded-Host} reaches no link, whether the
 * page is rendered or served from memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "portal.base-url=https://careers.example/")
class ForgedHostTests {

	private static final String FORGED = "Host: evil.example\r\nX-Forwarded-Host: evil2.example\r\n"
			+ "X-Forwarded-Proto: http\r\nAccept-Language: fr\r\n";

	@LocalServerPort
	int port;

	@Test
	void pageLinksUseTheConfiguredAddressRenderedOrFromMemory() throws IOException {
		for (int i = 0; i < 2; i++) {
			RawHttp.Response response = get("/compare/machine-learning-engineer-vs-data-scientist");
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).doesNotContain("evil");
			Document page = Jsoup.parse(response.body());
			assertThat(page.select("link[rel=canonical], link[rel=alternate]")).hasSize(4)
				.allSatisfy((link) -> assertThat(link.attr("href")).startsWith("https://careers.example/"));
		}
	}

	@Test
	void theApiResultPageAndTheOpenApiServerUseTheConfiguredAddress() throws IOException {
		String answers = "{\"version\":2,\"answers\":{\"present\":\"5\",\"production\":\"2\",\"statistics\":\"5\","
				+ "\"software\":\"2\",\"dataset\":\"4\",\"performance\":\"1\",\"deeplearning\":\"3\",\"business\":\"5\","
				+ "\"languages\":\"1\",\"sql\":\"4\",\"mlfocus\":\"3\",\"gpu\":\"1\",\"platform\":\"2\","
				+ "\"realtime\":\"0\",\"background\":\"stats\"}}";
		byte[] body = answers.getBytes(StandardCharsets.UTF_8);
		String request = "POST /api/v1/quiz/results HTTP/1.0\r\n" + FORGED
				+ "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n" + answers;
		RawHttp.Response result = RawHttp.sendBytes(this.port, request.getBytes(StandardCharsets.UTF_8));
		assertThat(result.status()).isEqualTo(200);
		assertThat(result.body()).contains("\"resultPage\":\"https://careers.example/quiz/result?v=2")
			.doesNotContain("evil");
		RawHttp.Response openApi = get("/v3/api-docs");
		assertThat(openApi.status()).isEqualTo(200);
		assertThat(openApi.body()).contains("\"url\":\"https://careers.example\"").doesNotContain("evil");
	}

	private RawHttp.Response get(String path) throws IOException {
		return RawHttp.sendBytes(this.port,
				("GET " + path + " HTTP/1.0\r\n" + FORGED + "\r\n").getBytes(StandardCharsets.US_ASCII));
	}

}
