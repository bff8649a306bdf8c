package com.careercompass.security;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What one client can make an instance hold is bounded, over a real Tomcat: bodies by
 * size, time and number read at once, and nothing posted ever reaches a page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.limits.body-deadline=1s", "portal.limits.body-readers=1" })
class RequestLimitsTests {

	@LocalServerPort
	int port;

	@Test
	void aJsonBodyOverSixteenKilobytesIsRefusedWith413ProblemWithoutBeingRead() throws IOException {
		RawHttp.Response response = post("/api/v1/quiz/results", "application/json", 10_000_000, "en", null);
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.headers().get("content-type")).startsWith("application/problem+json");
		assertThat(response.headers().get("connection")).isEqualTo("close");
		// the limit as set (portal.limits.body-size), and the connection closed rather
		// than
		// the rest of the body read
		assertThat(response.body()).contains("\"status\":413", "16 KB");
	}

	@Test
	void aChunkedBodyIsCountedAsItArrives() throws IOException {
		StringBuilder request = new StringBuilder("POST /api/v1/quiz/results HTTP/1.1\r\nHost: localhost\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
		for (int i = 0; i < 5; i++) {
			request.append("1000\r\n").append("x".repeat(0x1000)).append("\r\n");
		}
		request.append("0\r\n\r\n");
		RawHttp.Response response = RawHttp.sendBytes(this.port, request.toString().getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(413);
		assertThat(response.body()).contains("\"status\":413");
	}

	@Test
	void aLargeFormPostedToAPageGetsTheLocalizedTooLargePage() throws IOException {
		RawHttp.Response response = post("/roles", "application/x-www-form-urlencoded", 60_000, "fr", null);
		assertThat(response.status()).isEqualTo(413);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("h1").text()).isEqualTo("Cette demande est trop volumineuse");
		assertThat(response.headers()).containsKeys("content-security-policy", "x-frame-options");
	}

	@Test
	void postedFieldsNeverReachThePageOrItsLanguageLinks() throws IOException {
		RawHttp.Response response = post("/roles?lang=en", "application/x-www-form-urlencoded", 10_000, "en", null);
		assertThat(response.status()).isBetween(400, 499);
		assertThat(response.body()).doesNotContain("xxxxxxxxxx").hasSizeLessThan(10_000);
		assertThat(Jsoup.parse(response.body()).select(".lang-switch a[hreflang=fr]").attr("href"))
			.endsWith("/roles?lang=fr");
	}

	@Test
	void aBodyThatTricklesInPastTheDeadlineGets408() throws IOException, InterruptedException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/quiz/results HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 100\r\n\r\n{")
				.getBytes(StandardCharsets.UTF_8));
			String status = null;
			// the trickle itself, a byte every 400 ms (pacing, not a wait for the server)
			for (int i = 0; i < 6 && status == null; i++) {
				Thread.sleep(400);
				out.write(' ');
				out.flush();
				if (socket.getInputStream().available() > 0) {
					status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
				}
			}
			if (status == null) {
				status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
			}
			assertThat(status).isEqualTo("HTTP/1.1 408");
		}
	}

	@Test
	void whileOneSlowBodyIsReadAnotherGets503AndPagesStillAnswer() throws Exception {
		try (Socket slow = new Socket("127.0.0.1", this.port)) {
			slow.getOutputStream()
				.write(("POST /api/v1/quiz/results HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
						+ "Content-Length: 100\r\n\r\n{")
					.getBytes(StandardCharsets.UTF_8));
			slow.getOutputStream().flush();
			// once the slow body holds the one reader (however long that takes on a busy
			// machine), the next body is turned away
			RawHttp.Response second = await().atMost(Duration.ofSeconds(30))
				.pollInterval(Duration.ofMillis(50))
				.until(() -> post("/api/v1/quiz/results", "application/json", 50, "en", null),
						(r) -> r.status() == 503);
			assertThat(second.headers().get("retry-after")).isEqualTo("1");
			RawHttp.Response page = RawHttp.send(this.port, "GET", "/roles", Map.of());
			assertThat(page.status()).isEqualTo(200);
		}
	}

	@Test
	void anHttp09RequestGetsNoAnswer() throws IOException {
		RawHttp.Response response = RawHttp.sendBytes(this.port, "GET /\r\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(response.status()).isZero();
		assertThat(response.headers()).isEmpty();
		assertThat(response.body()).isEmpty();
	}

	private RawHttp.Response post(String path, String type, int bytes, String language, String extra)
			throws IOException {
		String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language
				+ "\r\nContent-Type: " + type + "\r\nContent-Length: " + (bytes + 5) + "\r\nConnection: close\r\n"
				+ ((extra != null) ? extra : "") + "\r\n";
		byte[] body = ("lang=" + "x".repeat(bytes)).getBytes(StandardCharsets.US_ASCII);
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			try {
				out.write(body);
				out.flush();
			}
			catch (IOException ex) {
				// Refused before it was all sent: read the answer.
			}
			return RawHttp.read(socket);
		}
	}

}
