package com.careercompass.system.language;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import com.careercompass.system.web.ApiPaths;

import org.springframework.http.HttpHeaders;
import org.springframework.web.util.WebUtils;

/**
 * The language a request is answered in, chosen once per request by the edge's
 * {@code RequestLanguageFilter} and read by everything that depends on it: the rendering
 * (through the {@code LocaleResolver}), the page cache's key, the API, the error pages.
 * One reading, so that a page can never be rendered in one language and kept under
 * another.
 * <p>
 * A page: a valid {@code ?lang=} (the switch), else a valid {@code lang} cookie, else the
 * browser's {@code Accept-Language}, else English. Anything else (the API, its documents,
 * files): {@code ?lang=}, else {@code Accept-Language}; no cookie is read.
 *
 * @param locale the language
 * @param remember whether the response sets the {@code lang} cookie: a page whose
 * {@code ?lang=} differs from the cookie (such a response is never cached)
 */
public record RequestLanguage(Locale locale, boolean remember) {

	/** The cookie that remembers a language chosen with the switch. */
	public static final String COOKIE = "lang";

	private static final String ATTRIBUTE = RequestLanguage.class.getName();

	/**
	 * The language chosen for this request (by the filter, or now when the filter did not
	 * run).
	 */
	public static RequestLanguage of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof RequestLanguage chosen) ? chosen
				: choose(request, ApiPaths.isPage(ApiPaths.path(request)));
	}

	/** The language this request is answered in. */
	public static Locale localeOf(HttpServletRequest request) {
		return of(request).locale();
	}

	/** Whether the language of this request is chosen already (the edge's filter). */
	public static boolean chosen(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof RequestLanguage;
	}

	/**
	 * Chooses the language of this request, once: later calls return the first choice.
	 * @param request the request
	 * @param page whether it asks for a page for people (which may set the cookie)
	 * @return the choice
	 */
	public static RequestLanguage chooseOnce(HttpServletRequest request, boolean page) {
		RequestLanguage chosen = (request.getAttribute(ATTRIBUTE) instanceof RequestLanguage known) ? known
				: choose(request, page);
		request.setAttribute(ATTRIBUTE, chosen);
		return chosen;
	}

	private static RequestLanguage choose(HttpServletRequest request, boolean page) {
		if (!page) {
			return new RequestLanguage(choose(request.getParameter(LanguageLinks.PARAM), null,
					request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))
				.locale(), false);
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		return choose(request.getParameter(LanguageLinks.PARAM), (cookie != null) ? cookie.getValue() : null,
				request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/**
	 * The rule itself.
	 * @param lang the {@code lang} parameter, if any
	 * @param cookie the {@code lang} cookie, if any and if read
	 * @param acceptLanguage the {@code Accept-Language} header, if any
	 * @return the language, and whether to remember it in the cookie
	 */
	public static RequestLanguage choose(@Nullable String lang, @Nullable String cookie,
			@Nullable String acceptLanguage) {
		Locale chosen = Languages.parse(lang).orElse(null);
		Locale remembered = Languages.parse(cookie).orElse(null);
		if (chosen != null) {
			return new RequestLanguage(chosen, !chosen.equals(remembered));
		}
		return new RequestLanguage((remembered != null) ? remembered : Languages.fromAcceptLanguage(acceptLanguage),
				false);
	}

}
