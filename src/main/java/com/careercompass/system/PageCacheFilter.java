package com.careercompass.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages from {@link PageCache} and answers revalidation with 304. Only successful
 * GET responses that set no cookie are kept; the key is the address and the language the
 * page would be rendered in. Pages carry an {@code ETag}, {@code Cache-Control: no-cache}
 * (browsers keep them but ask again, cheaply) and {@code Vary: Accept-Language, Cookie}.
 */
class PageCacheFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "no-cache";

	static final String VARY = "Accept-Language, Cookie";

	private final PageCache cache;

	private final LocaleResolver locales;

	PageCacheFilter(PageCache cache, LocaleResolver locales) {
		this.cache = cache;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		// A response that remembers a newly chosen language sets a cookie: never served
		// from, or put into, the cache.
		String context = request.getContextPath();
		return !"GET".equals(request.getMethod()) || path.startsWith(context + "/actuator")
				|| path.startsWith(context + "/api/") || path.startsWith(context + "/v3/")
				|| path.startsWith(context + "/swagger-ui") || path.lastIndexOf('.') > path.lastIndexOf('/')
				|| LanguageResolver.changesLanguage(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		PageCache.Page page = this.cache.get(key);
		if (page != null) {
			send(page, request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		String type = wrapper.getContentType();
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& !wrapper.containsHeader(HttpHeaders.SET_COOKIE) && !request.isAsyncStarted()) {
			page = PageCache.Page.of(type, wrapper.getLocale().toLanguageTag(), wrapper.getContentAsByteArray());
			this.cache.put(key, page);
			wrapper.setHeader(HttpHeaders.ETAG, page.etag());
			wrapper.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
			wrapper.setHeader(HttpHeaders.VARY, VARY);
		}
		wrapper.copyBodyToResponse();
	}

	private static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		response.setHeader(HttpHeaders.VARY, VARY);
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		String match = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (match != null && (match.contains(page.etag()) || match.trim().equals("*"))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		// One buffer for the whole page: it leaves in as few writes as possible.
		response.setBufferSize(page.body().length);
		response.getOutputStream().write(page.body());
	}

	/**
	 * The address and the language the page would be rendered in (as the dispatcher would
	 * resolve it).
	 */
	private String key(HttpServletRequest request) {
		String query = request.getQueryString();
		Locale locale = Languages.parse(request.getParameter(LanguageLinks.PARAM))
			.orElseGet(() -> this.locales.resolveLocale(request));
		// The host is part of the page (absolute hreflang and canonical links), so part
		// of the key: a forged Host
		// header can only ever fill its own entries.
		return locale.getLanguage() + ' ' + request.getScheme() + "://" + request.getServerName() + ':'
				+ request.getServerPort() + request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

}
