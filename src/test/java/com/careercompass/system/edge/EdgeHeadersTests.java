package com.careercompass.system.edge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of response a client can get from a running instance, over a real socket
 * (Tomcat's own answers included), carries the same security headers, by name and value:
 * a page, the same page from the page cache, the API, a static file, a 304, the portal's
 * 400 and 404, a 413 refused from its length, the firewall's 400, Tomcat's answer to
 * {@code OPTIONS *} and its last-resort page for a request it cannot parse. HSTS only
 * over HTTPS ({@code SecurityHeadersTests}); the API explorer's policy only on its path.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeHeadersTests {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final Map<String, String> EXPECTED = Map.of("content-security-policy", POLICY, "x-content-type-options",
			"nosniff", "x-frame-options", "DENY", "referrer-policy", "strict-origin-when-cross-origin",
			"permissions-policy",
			"accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), "
					+ "usb=(), interest-cohort=()",
			"cross-origin-opener-policy", "same-origin");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a page                     | 200 | GET /roles HTTP/1.1
					a page from the cache      | 200 | GET /roles HTTP/1.1
					the API                    | 200 | GET /api/v1/roles HTTP/1.1
					a static file              | 200 | GET /favicon.svg HTTP/1.1
					the portal's 400           | 400 | GET /quiz/result?v=999 HTTP/1.1
					the portal's 404           | 404 | GET /nowhere HTTP/1.1
					a body refused             | 413 | POST /api/v1/quiz/results HTTP/1.1\\r\\nContent-Type: application/json\\r\\nContent-Length: 10000000
					the firewall's 400         | 400 | GET /roles%2Fdata-scientist HTTP/1.1
					Tomcat's OPTIONS *         | 200 | OPTIONS * HTTP/1.1
					Tomcat's TRACE refusal     | 405 | TRACE /roles HTTP/1.1
					Tomcat's last-resort page  | 400 | GET /roles%zz HTTP/1.1
					""")
	void everyKindOfResponseCarriesTheSameSecurityHeaders(String kind, int status, String request) throws IOException {
		Response response = send(request.replace("\\r\\n", "\r\n"));
		assertThat(response.status()).as(kind).isEqualTo(status);
		assertThat(response.headers()).as(kind)
			.containsAllEntriesOf(EXPECTED)
			.doesNotContainKey("strict-transport-security");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			the API            | GET /api/v1/roles HTTP/1.1       | etag          | If-None-Match
			a static file      | GET /favicon.svg HTTP/1.1        | last-modified | If-Modified-Since
			""")
	void aNotModifiedAnswerCarriesThemToo(String kind, String request, String validator, String condition)
			throws IOException {
		String value = send(request).headers().getOrDefault(validator, "");
		assertThat(value).as(kind + "'s validator").isNotEmpty();
		Response again = send(request + "\r\n" + condition + ": " + value);
		assertThat(again.status()).as(kind).isEqualTo(304);
		assertThat(again.headers()).as(kind).containsAllEntriesOf(EXPECTED);
	}

	private Response send(String requestLineAndHeaders) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLineAndHeaders + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			byte[] head = readHead(in);
			String[] lines = new String(head, StandardCharsets.ISO_8859_1).split("\r\n");
			Map<String, String> headers = new TreeMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				if (colon > 0) {
					headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
							lines[i].substring(colon + 1).trim());
				}
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers);
		}
	}

	private static byte[] readHead(InputStream in) throws IOException {
		java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
		int matched = 0;
		byte[] end = { '\r', '\n', '\r', '\n' };
		int b;
		while (matched < 4 && (b = in.read()) != -1) {
			head.write(b);
			matched = (b == end[matched]) ? matched + 1 : ((b == '\r') ? 1 : 0);
		}
		return head.toByteArray();
	}

	private record Response(int status, Map<String, String> headers) {
	}

}
