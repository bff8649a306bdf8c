package com.careercompass.system.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * A request's path as a {@link URI}, for the {@code instance} of a problem report. Tomcat
 * lets through characters that a URI may not hold ({@code | { } ^ ` [ ] < > \}, by
 * {@code relaxed-path-chars}), so the raw path is never handed to {@code URI.create}:
 * every character outside RFC 3986's path characters is percent-encoded first, and a
 * {@code %} that starts no escape is encoded too. Never throws.
 */
public final class RequestPaths {

	/** Longer paths are not worth echoing: the problem report then names none. */
	private static final int MAX = 2048;

	private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/";

	private RequestPaths() {
	}

	/** The path as a URI, or null for one too long to echo. */
	public static @Nullable URI instance(@Nullable String rawPath) {
		if (rawPath == null || rawPath.length() > MAX) {
			return null;
		}
		try {
			return URI.create(encode(rawPath));
		}
		catch (IllegalArgumentException ex) {
			// Not expected after encoding; a report without an instance is still a
			// report.
			return null;
		}
	}

	static String encode(String raw) {
		StringBuilder encoded = new StringBuilder(raw.length() + 16);
		byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xff;
			boolean escape = b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
			if (escape || (b < 0x80 && b != '%' && ALLOWED.indexOf(b) >= 0)) {
				encoded.append((char) b);
			}
			else {
				encoded.append('%')
					.append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
			}
		}
		return encoded.toString();
	}

	private static boolean hex(byte b) {
		return Character.digit(b, 16) >= 0;
	}

}
