package com.careercompass.system.edge;

import com.careercompass.system.language.LanguageLinks;
import com.careercompass.system.language.RequestLanguage;
import com.careercompass.system.language.LanguageConfig;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.CachedPage;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves pages from {@link PageCache} and answers revalidation with 304. Only successful
 * GET responses of handlers that opted in ({@link CachedPage}) and set no cookie are
 * kept; HEAD is answered from the same entries (a HEAD that misses renders the page as a
 * GET would, once). The key is the canonical address ({@link CanonicalRequest}: known
 * parameters only, in order) and the language the page is rendered in; it never holds the
 * host, as absolute links come from the configured base address. Pages carry an
 * {@code ETag}, {@code Cache-Control: no-cache} (browsers keep them but ask again,
 * cheaply); {@code Vary: Accept-Language, Cookie} comes from
 * {@code RequestLanguageFilter}, which chose the language.
 */
public class PageCacheFilter extends OncePerRequestFilter {

	static final String CACHE_CONTROL = "no-cache";

	/** Longer addresses are answered but not kept: nobody links to them. */
	static final int MAX_KEY = 1024;

	private final PageCache cache;

	PageCacheFilter(PageCache cache) {
		this.cache = cache;
	}

	/**
	 * The filter with a cache within the given budget (docs/operations.md).
	 * @param settings the cache's settings
	 * @return the filter
	 */
	public static PageCacheFilter of(com.careercompass.system.config.PortalProperties.PageCache settings) {
		return new PageCacheFilter(new PageCache(settings.maxSize().toBytes(), settings.maxEntries()));
	}

	PageCache cache() {
		return this.cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		// A response that remembers a newly chosen language sets a cookie: never served
		// from, or put into, the cache.
		return !("GET".equals(method) || "HEAD".equals(method))
				|| !ApiPaths.isPage(request.getRequestURI().substring(request.getContextPath().length()))
				|| LanguageConfig.changesLanguage(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		PageCache.Page page = this.cache.get(key);
		if (page != null) {
			send(page, request, response);
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(asGet(request), wrapper);
		String type = wrapper.getContentType();
		if (Boolean.TRUE.equals(request.getAttribute(CachedPage.ATTRIBUTE))
				&& wrapper.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
				&& !wrapper.containsHeader(HttpHeaders.SET_COOKIE) && !request.isAsyncStarted()) {
			page = PageCache.Page.of(type, wrapper.getLocale().toLanguageTag(), wrapper.getContentAsByteArray());
			this.cache.put(key, page);
			wrapper.setHeader(HttpHeaders.ETAG, page.etag());
			wrapper.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		}
		// For HEAD, Tomcat discards the body and keeps its length.
		wrapper.copyBodyToResponse();
	}

	private static void send(PageCache.Page page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
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
		if ("HEAD".equals(request.getMethod())) {
			return;
		}
		// One buffer for the whole page: it leaves in as few writes as possible.
		response.setBufferSize(page.body().length);
		response.getOutputStream().write(page.body());
	}

	/**
	 * The language the page is rendered in and its canonical address, or null for an
	 * address too long to keep.
	 */
	@Nullable private String key(HttpServletRequest request) {
		// The very language the page is rendered in: one choice per request.
		Locale locale = RequestLanguage.localeOf(request);
		StringBuilder key = new StringBuilder(locale.getLanguage()).append(' ').append(request.getRequestURI());
		char separator = '?';
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!LanguageLinks.PARAM.equals(parameter.getKey())) {
				for (String value : parameter.getValue()) {
					key.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
					separator = '&';
				}
			}
		}
		return (key.length() <= MAX_KEY) ? key.toString() : null;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/** A HEAD rendered as the GET it stands for, so that its page can be kept. */
	private static HttpServletRequest asGet(HttpServletRequest request) {
		if (!"HEAD".equals(request.getMethod())) {
			return request;
		}
		return new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}
		};
	}

}
