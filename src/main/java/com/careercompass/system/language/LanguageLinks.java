package com.careercompass.system.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.UrlPathHelper;
import org.jspecify.annotations.Nullable;

/**
 * Links to the current page in each language (for the switch and the {@code hreflang}
 * alternates), keeping every known query parameter but {@code lang}
 * ({@code CanonicalRequest}: never a posted form field, never a tracking tag), so a
 * switch never loses what the user is looking at (an absurdly long query string is
 * dropped rather than repeated).
 *
 * @param links one link per language
 * @param defaultHref the page without a language, for {@code hreflang="x-default"}
 * @param base the public address ({@link BaseUrl}), for the absolute addresses
 * {@code hreflang} and {@code canonical} need
 */
public record LanguageLinks(List<Link> links, String defaultHref, String base) {

	public static final String PARAM = "lang";

	private static final int MAX_PATH = 2048;

	/**
	 * A longer query string is not a page anyone links to: the links keep only the path.
	 */
	private static final int MAX_QUERY = 2048;

	private static final UrlPathHelper PATHS = new UrlPathHelper();

	static LanguageLinks of(HttpServletRequest request, Locale current, String base) {
		String path = pathOf(request);
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		boolean keepQuery = request.getQueryString() == null || request.getQueryString().length() <= MAX_QUERY;
		for (Map.Entry<String, String[]> param : keepQuery ? request.getParameterMap().entrySet()
				: Map.<String, String[]>of().entrySet()) {
			if (!PARAM.equals(param.getKey())) {
				query.addAll(param.getKey(), List.of(param.getValue()));
			}
		}
		List<Link> links = Languages.SUPPORTED.stream()
			.map((locale) -> new Link(locale.getLanguage(), href(path, query, locale.getLanguage()),
					locale.getLanguage().equals(current.getLanguage())))
			.toList();
		return new LanguageLinks(links, href(path, query, null), base);
	}

	private static String pathOf(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (errorUri instanceof String raw)
				? UriUtils.decode(raw.substring(Math.min(raw.length(), request.getContextPath().length())), "UTF-8")
				: PATHS.getPathWithinApplication(request);
		return (path.isEmpty() || path.length() > MAX_PATH || !path.startsWith("/")) ? "/" : path;
	}

	private static String href(String path, MultiValueMap<String, String> query, @Nullable String language) {
		UriComponentsBuilder builder = UriComponentsBuilder.newInstance().path(path).queryParams(query);
		if (language != null) {
			builder.queryParam(PARAM, language);
		}
		return builder.encode().build().toUriString();
	}

	/** The current page in its own language: its canonical address. */
	public String currentHref() {
		return this.links.stream().filter(Link::current).findFirst().map(Link::href).orElse(this.defaultHref);
	}

	/**
	 * An address (a path, with or without a query) in one language: its {@code lang}
	 * parameter set to the language, everything else as given.
	 */
	public String in(String address, String language) {
		return UriComponentsBuilder.fromUriString(address).replaceQueryParam(PARAM, language).build().toUriString();
	}

	/**
	 * The current page in one language.
	 *
	 * @param code the language code, also the suffix of its name's message key
	 * @param href the link
	 * @param current whether the page is shown in this language now
	 */
	public record Link(String code, String href, boolean current) {
	}

}
