package com.careercompass.system;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.lang.Nullable;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Picks English or French for a request: a language chosen with the switch (kept in a
 * {@code lang} cookie) wins, then the browser's {@code Accept-Language}, then English.
 * Unsupported values are ignored, never echoed.
 */
class LanguageResolver implements LocaleResolver {

	static final String COOKIE = "lang";

	private static final String ATTRIBUTE = LanguageResolver.class.getName() + ".locale";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof Locale chosen) {
			return chosen;
		}
		return fromCookie(request).or(() -> fromHeader(request)).orElse(Languages.DEFAULT);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		Optional<Locale> supported = Optional.ofNullable(locale).flatMap((l) -> Languages.parse(l.getLanguage()));
		if (supported.isEmpty()) {
			return;
		}
		request.setAttribute(ATTRIBUTE, supported.get());
		if (response != null && !supported.equals(fromCookie(request))) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, supported.get().getLanguage())
				.path("/")
				.maxAge(Duration.ofDays(365))
				.httpOnly(true)
				.secure(request.isSecure())
				.sameSite("Lax")
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}
	}

	/**
	 * Whether this request chooses a language the reader's cookie does not hold yet, so
	 * its response sets one.
	 */
	static boolean changesLanguage(HttpServletRequest request) {
		Optional<Locale> chosen = Languages.parse(request.getParameter(LanguageLinks.PARAM));
		return chosen.isPresent() && !chosen.equals(fromCookie(request));
	}

	private static Optional<Locale> fromCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return Languages.parse(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	private static Optional<Locale> fromHeader(HttpServletRequest request) {
		if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null) {
			return Optional.empty();
		}
		// Tomcat parses the header and orders the locales by quality; a malformed header
		// yields its default.
		for (Locale candidate : Collections.list(request.getLocales())) {
			Optional<Locale> supported = Languages.parse(candidate.toLanguageTag());
			if (supported.isPresent()) {
				return supported;
			}
		}
		return Optional.empty();
	}

}
