package com.careercompass.system.web;

import java.util.Set;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The query parameters an address understands, derived from its handler
 * ({@link HandlerParameters}); every other parameter (tracking tags such as
 * {@code utm_source} or {@code fbclid}, anything invented) is invisible to the
 * application, to the language links and to the page cache's key, so a shared link keeps
 * working and a flood of made-up parameters cannot make new pages. {@code lang} is
 * understood everywhere.
 *
 * @param pattern the addresses, as a Spring path pattern ({@code /quiz/**})
 * @param names the parameter names understood there
 */
public record PageParameters(PathPattern pattern, Set<String> names) {

	/**
	 * Declares parameters for the addresses a pattern matches.
	 * @param pattern a Spring path pattern
	 * @param names the parameter names
	 * @return the declaration
	 */
	public static PageParameters of(String pattern, Set<String> names) {
		return new PageParameters(PathPatternParser.defaultInstance.parse(pattern), Set.copyOf(names));
	}

	/**
	 * Whether the pattern matches an address.
	 * @param path the path within the application, as sent (percent-encoded)
	 */
	public boolean matches(String path) {
		try {
			return this.pattern.matches(PathContainer.parsePath(path));
		}
		catch (IllegalArgumentException ex) {
			// Not a path any page has: no parameters of its own.
			return false;
		}
	}

}
