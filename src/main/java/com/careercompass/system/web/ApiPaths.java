package com.careercompass.system.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Where the JSON API lives: one spelling for the controllers that serve it and the
 * filters, error pages and caches that treat it apart.
 */
public final class ApiPaths {

	/** Every API address starts with this. */
	public static final String PREFIX = "/api/";

	/** The current version's base address. */
	public static final String V1 = "/api/v1";

	/** The API's addresses, as a path pattern. */
	public static final String PATTERN = "/api/**";

	/**
	 * The API explorer (Swagger UI): its entry {@code /swagger-ui.html} and its files
	 * under {@code /swagger-ui/}. It reads its own parameters, is no page to cache, and
	 * has a content-security policy of its own.
	 */
	public static final String EXPLORER = "/swagger-ui";

	/** The OpenAPI document, {@code /v3/api-docs}. */
	public static final String OPENAPI = "/v3/";

	private ApiPaths() {
	}

	/**
	 * A request's address within the application; for an error page Tomcat dispatches,
	 * the address of the request that failed.
	 */
	public static String path(HttpServletRequest request) {
		String uri = (request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) ? failed
						: request.getRequestURI();
		return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
	}

	/**
	 * Whether an address (within the application) is a page for people: not the API, its
	 * documents or explorer, a file or the actuator. Pages get a language cookie and the
	 * page cache; the rest does not.
	 */
	public static boolean isPage(String path) {
		return !path.startsWith(PREFIX) && !path.startsWith(OPENAPI) && !path.startsWith(EXPLORER)
				&& !path.startsWith("/data/") && !path.startsWith("/actuator")
				&& path.lastIndexOf('.') <= path.lastIndexOf('/');
	}

}
