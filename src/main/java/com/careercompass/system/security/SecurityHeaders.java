package com.careercompass.system.security;

import com.careercompass.system.web.ApiPaths;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

/**
 * The security headers of every response, in one place: pages, static files, the API,
 * error pages of every origin (the portal's, Spring Security's firewall, Tomcat's own)
 * and responses served from the page cache.
 */
public final class SecurityHeaders {

	/**
	 * No script, style or font from anywhere but here; no inline script or style; no
	 * framing. Every path but the API explorer's.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * The API explorer's (Swagger UI, {@code /swagger-ui/}) only: its script adds a style
	 * element and its icons are {@code data:} images. Scripts stay {@code 'self'}; no
	 * other path gets this.
	 */
	static final String EXPLORER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
		.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
		.replace("img-src 'self'", "img-src 'self' data:");

	/** Where the API explorer's page and files are served. */
	static final String EXPLORER_PATH = ApiPaths.EXPLORER + "/";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

	static final Map<String, String> ALWAYS = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
			"Referrer-Policy", "strict-origin-when-cross-origin", "Permissions-Policy", PERMISSIONS_POLICY,
			"Cross-Origin-Opener-Policy", "same-origin");

	private SecurityHeaders() {
	}

	/**
	 * Sets every header the response does not carry yet.
	 * @param secure whether the request came over HTTPS (only then is HSTS sent)
	 * @param path the request's path within the application, if known
	 * @param response the response
	 */
	public static void apply(boolean secure, @Nullable String path, HttpServletResponse response) {
		if (!response.containsHeader("Content-Security-Policy")) {
			boolean explorer = path != null && path.startsWith(EXPLORER_PATH);
			response.setHeader("Content-Security-Policy",
					explorer ? EXPLORER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
		}
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
