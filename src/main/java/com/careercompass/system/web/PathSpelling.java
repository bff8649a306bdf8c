package com.careercompass.system.web;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One spelling per address. A client may write {@code /roles/data-scientist} as
 * {@code /roles/d%61ta-scientist}, {@code /roles/data-scientist;x=1} or
 * {@code /roles/./data-scientist}: the server decodes and normalizes them all to the same
 * page, but the raw spellings are endless, and anything keyed by the raw address (the
 * page cache, a search engine's index) would keep each as a page of its own. The
 * canonical spelling is the path as the server understood it (decoded, dot segments and
 * path parameters removed), with every byte outside RFC 3986's unreserved characters and
 * {@code /} percent-encoded in upper case. Tomcat leaves a few escapes encoded in the
 * path it decodes ({@code %25}, and {@code %2F}, which it passes through): those are kept
 * as escapes, in upper case, never encoded a second time. It is a fixed point: the server
 * decodes it to the same path again, so a redirect to it can never loop.
 */
public final class PathSpelling {

	private static final String UNRESERVED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/";

	private PathSpelling() {
	}

	/** The request's path (within the application) as the server decoded it. */
	public static String decoded(HttpServletRequest request) {
		String info = request.getPathInfo();
		return request.getServletPath() + ((info != null) ? info : "");
	}

	/** The request's path (within the application) as the client spelled it. */
	public static String raw(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** The canonical spelling of a decoded path. */
	public static String canonical(String decoded) {
		byte[] bytes = decoded.getBytes(StandardCharsets.UTF_8);
		StringBuilder spelled = new StringBuilder(bytes.length + 8);
		for (int i = 0; i < bytes.length; i++) {
			int b = bytes[i] & 0xff;
			if (b < 0x80 && UNRESERVED.indexOf(b) >= 0) {
				spelled.append((char) b);
			}
			else if (b == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2])) {
				spelled.append('%')
					.append(Character.toUpperCase((char) bytes[i + 1]))
					.append(Character.toUpperCase((char) bytes[i + 2]));
				i += 2;
			}
			else {
				spelled.append('%')
					.append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
					.append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
			}
		}
		return spelled.toString();
	}

	private static boolean hex(byte b) {
		return Character.digit(b, 16) >= 0;
	}

}
