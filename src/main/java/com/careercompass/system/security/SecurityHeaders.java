package com.careercompass.system.security;

import com.careercompass.system.web.ApiPaths;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The security headers' values, in one place. Spring Security's {@code headers()}
 * configuration writes them on every response that reaches the application (its chain is
 * the outermost filter, and its firewall's refusals go through the edge's
 * {@code FirewallRejections}); {@link #apply} writes the same on the two answers Tomcat
 * gives without the application: {@code OPTIONS *} and the last-resort error page.
 */
public final class SecurityHeaders {

	/**
	 * No script, style or font from anywhere but here; no inline script or style; no
	 * framing. Every path but the API explorer's.
	 */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
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

	public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

	/** A year, subdomains included, as Spring Security spells it. */
	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	static final String STRICT_TRANSPORT_SECURITY = "max-age=" + HSTS_MAX_AGE_SECONDS + " ; includeSubDomains";

	static final Map<String, String> ALWAYS = Map.of("X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY",
			"Referrer-Policy", "strict-origin-when-cross-origin", "Permissions-Policy", PERMISSIONS_POLICY,
			"Cross-Origin-Opener-Policy", "same-origin");

	private SecurityHeaders() {
	}

	/**
	 * Spring Security's header writers, set to these values: what every response that
	 * reaches the application carries. Its cache headers stay off (pages and files set
	 * their own), as does the obsolete {@code X-XSS-Protection}; HSTS is written over
	 * HTTPS only.
	 * @param headers a chain's headers configuration
	 * @param policy the content security policy of the chain's addresses
	 */
	static void configure(HeadersConfigurer<HttpSecurity> headers, String policy) {
		headers.cacheControl((cache) -> cache.disable())
			.xssProtection((xss) -> xss.disable())
			.contentTypeOptions(Customizer.withDefaults())
			.frameOptions((frames) -> frames.deny())
			.httpStrictTransportSecurity(
					(hsts) -> hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true).preload(false))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
			.crossOriginOpenerPolicy((opener) -> opener.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
			.contentSecurityPolicy((csp) -> csp.policyDirectives(policy));
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
