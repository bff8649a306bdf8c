package com.careercompass.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A bare HTTP/1.0 client over a socket, so that a test can send what no well-behaved
 * client would: any method, any bytes in the request line, oversized or malformed
 * headers.
 */
final class RawHttp {

	private RawHttp() {
	}

	static Response send(int port, String method, String target, Map<String, String> headers) throws IOException {
		StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.0\r\n");
		request.append("Host: localhost:").append(port).append("\r\n");
		headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
	}

	/**
	 * Sends exactly these bytes, then reads until the server closes or stalls.
	 * @param port the server's port on 127.0.0.1
	 * @param request the whole request
	 * @return what came back
	 * @throws IOException if the connection fails
	 */
	static Response sendBytes(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(15_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return parse(readAll(socket.getInputStream()));
		}
	}

	/**
	 * Reads an answer from a socket the caller has written to.
	 * @param socket the connection
	 * @return what came back
	 * @throws IOException if reading fails
	 */
	static Response read(Socket socket) throws IOException {
		return parse(readAll(socket.getInputStream()));
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[16_384];
		try {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				bytes.write(buffer, 0, n);
			}
		}
		catch (SocketTimeoutException | java.net.SocketException ex) {
			// The server closed or stalled: judge what was received.
		}
		return bytes.toByteArray();
	}

	private static Response parse(byte[] raw) {
		String text = new String(raw, StandardCharsets.UTF_8);
		int end = text.indexOf("\r\n\r\n");
		String head = (end >= 0) ? text.substring(0, end) : text;
		String body = (end >= 0) ? text.substring(end + 4) : "";
		String[] lines = head.split("\r\n");
		int status = 0;
		if (lines.length > 0 && lines[0].startsWith("HTTP/")) {
			String[] parts = lines[0].split(" ");
			status = (parts.length > 1) ? Integer.parseInt(parts[1]) : 0;
		}
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon > 0) {
				headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).trim(), (a, b) -> a + "\n" + b);
			}
		}
		return new Response(status, headers, body);
	}

	/**
	 * What came back.
	 *
	 * @param status the status code, 0 when no status line was received
	 * @param headers the headers, names in lower case, repeated headers joined by a
	 * newline
	 * @param body the body
	 */
	record Response(int status, Map<String, String> headers, String body) {

		boolean html() {
			return this.headers.getOrDefault("content-type", "").startsWith("text/html");
		}

	}

}
