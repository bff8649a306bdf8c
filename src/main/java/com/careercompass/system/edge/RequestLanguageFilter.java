package com.careercompass.system.edge;

import com.careercompass.system.language.RequestLanguage;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.careercompass.system.web.ApiPaths;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Chooses the request's language once ({@link RequestLanguage}), sets the {@code lang}
 * cookie when a page's switch changes it, says what the response varies on, and hands on
 * a request whose {@code getLocale()} is that language: the servlet container's own
 * {@code Accept-Language} parser (which fails on more than ten ranges) is never called.
 */
public class RequestLanguageFilter extends OncePerRequestFilter {

	/** Pages vary on the browser's languages and on the cookie. */
	static final String PAGE_VARY = "Accept-Language, Cookie";

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean page = ApiPaths.isPage(ApiPaths.path(request));
		boolean chosenBefore = RequestLanguage.chosen(request);
		RequestLanguage language = RequestLanguage.chooseOnce(request, page);
		// An error dispatch of a request chosen for already has its headers.
		if (!chosenBefore && !response.isCommitted()) {
			if (language.remember()) {
				response.addHeader(HttpHeaders.SET_COOKIE, cookie(language.locale(), request.isSecure()));
			}
			if (page || isApi(request)) {
				response.setHeader(HttpHeaders.VARY, page ? PAGE_VARY : HttpHeaders.ACCEPT_LANGUAGE);
			}
		}
		chain.doFilter(new LanguageRequest(request, language.locale()), response);
	}

	/**
	 * The cookie of Spring's {@code CookieLocaleResolver}: HttpOnly, SameSite=Lax, a
	 * year, Secure over HTTPS.
	 */
	static String cookie(Locale locale, boolean secure) {
		return ResponseCookie.from(RequestLanguage.COOKIE, locale.getLanguage())
			.path("/")
			.maxAge(Duration.ofDays(365))
			.httpOnly(true)
			.sameSite("Lax")
			.secure(secure)
			.build()
			.toString();
	}

	private static boolean isApi(HttpServletRequest request) {
		return ApiPaths.path(request).startsWith(ApiPaths.PREFIX);
	}

	/** The request as the rest of the portal sees it: in its one language. */
	private static final class LanguageRequest extends HttpServletRequestWrapper {

		private final Locale locale;

		LanguageRequest(HttpServletRequest request, Locale locale) {
			super(request);
			this.locale = locale;
		}

		@Override
		public Locale getLocale() {
			return this.locale;
		}

		@Override
		public Enumeration<Locale> getLocales() {
			return Collections.enumeration(java.util.List.of(this.locale));
		}

	}

}
