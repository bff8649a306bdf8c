package com.careercompass.system.security;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response, in one place: pages, static files, the API,
 * error pages of every origin (the portal's, Spring Security's firewall, Tomcat's own)
 * and responses served from the page cache.
 */
public final class SecurityHeaders {

	/**
	 * No script, style or font from anywhere but here; no inline script or style; no
	 * framing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	static final Map<String, String> ALWAYS = Map.of("Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy",
			"strict-origin-when-cross-origin", "Permissions-Policy", PERMISSIONS_POLICY, "Cross-Origin-Opener-Policy",
			"same-origin");

	private SecurityHeaders() {
	}

	/**
	 * Sets every header the response does not carry yet.
	 * @param secure whether the request came over HTTPS (only then is HSTS sent)
	 * @param response the response
	 */
	public static void apply(boolean secure, HttpServletResponse response) {
		ALWAYS.forEach((name, value) -> {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		});
		if (secure && !response.containsHeader("Strict-Transport-Security")) {
			response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
		}
	}

}
