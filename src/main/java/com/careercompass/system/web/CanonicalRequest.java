package com.careercompass.system.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.jspecify.annotations.Nullable;

/**
 * A request as the application sees it: its parameters are the known ones of the query
 * string only, in a canonical order (by name, values in the order given). A form body is
 * never parsed for parameters, so nothing posted can reach a page, and unknown query
 * parameters do not exist.
 */
public final class CanonicalRequest extends HttpServletRequestWrapper {

	private final Map<String, String[]> parameters;

	@Nullable private final String queryString;

	private CanonicalRequest(HttpServletRequest request, Map<String, String[]> parameters) {
		super(request);
		this.parameters = Collections.unmodifiableMap(parameters);
		this.queryString = encode(parameters);
	}

	/**
	 * The canonical view of a request; on an error dispatch, of the request that failed
	 * (its query string, not the error page's).
	 */
	public static CanonicalRequest of(HttpServletRequest request, Set<String> known) {
		String query = (request.getDispatcherType() == DispatcherType.ERROR)
				? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : request.getQueryString();
		return new CanonicalRequest(request, parse(query, known));
	}

	/**
	 * The known parameters of a raw query string, by name; pairs that cannot be decoded
	 * are dropped.
	 */
	static Map<String, String[]> parse(@Nullable String query, Set<String> known) {
		Map<String, List<String>> found = new TreeMap<>();
		if (query != null) {
			for (String pair : query.split("&")) {
				int equals = pair.indexOf('=');
				String name = decode((equals < 0) ? pair : pair.substring(0, equals));
				if (name != null && known.contains(name)) {
					String value = (equals < 0) ? "" : decode(pair.substring(equals + 1));
					if (value != null) {
						found.computeIfAbsent(name, (n) -> new ArrayList<>()).add(value);
					}
				}
			}
		}
		Map<String, String[]> parameters = new LinkedHashMap<>();
		found.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
		return parameters;
	}

	@Nullable private static String decode(String raw) {
		try {
			return URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Nullable private static String encode(Map<String, String[]> parameters) {
		if (parameters.isEmpty()) {
			return null;
		}
		StringBuilder query = new StringBuilder();
		parameters.forEach((name, values) -> {
			for (String value : values) {
				query.append((query.length() > 0) ? "&" : "")
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return query.toString();
	}

	@Override
	@Nullable public String getQueryString() {
		return this.queryString;
	}

	@Override
	@Nullable public String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return this.parameters;
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values.clone() : null;
	}

}
