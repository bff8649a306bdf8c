package com.careercompass.system.language;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import com.careercompass.system.web.ApiPaths;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * How a page picks its language, with Spring's own resolvers: {@code ?lang=} (the switch)
 * is remembered in a {@code lang} cookie, which wins over the browser's
 * {@code Accept-Language}, which wins over English. Only English and French are ever
 * chosen, stored or echoed.
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfig implements WebMvcConfigurer {

	/** The cookie that remembers a language chosen with the switch. */
	public static final String COOKIE = "lang";

	/** Addresses that never read or set the cookie: the API and its documents, files. */
	private static final String[] NOT_PAGES = { ApiPaths.PATTERN, ApiPaths.OPENAPI + "**", ApiPaths.EXPLORER + "/**",
			"/data/**" };

	/** Named {@code localeResolver} so that the DispatcherServlet uses it. */
	@Bean
	LocaleResolver localeResolver() {
		return new SupportedCookieLocaleResolver(cookieResolver(false), cookieResolver(true));
	}

	/**
	 * Spring's resolver: the {@code lang} cookie (HttpOnly, SameSite=Lax, a year; Secure
	 * over HTTPS), else the browser's languages.
	 */
	private static CookieLocaleResolver cookieResolver(boolean secure) {
		CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
		resolver.setDefaultLocaleFunction(Languages.BROWSER::resolveLocale);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setCookieSecure(secure);
		resolver.setRejectInvalidCookies(false);
		return resolver;
	}

	/**
	 * Named {@code messageSource}, in place of Spring Boot's: the same bundles, set in
	 * each language's typography.
	 */
	@Bean
	MessageSource messageSource() {
		return new TypographicMessageSource();
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(LanguageLinks.PARAM);
		interceptor.setIgnoreInvalidLocale(true);
		// The API takes ?lang= too, but never remembers it in a cookie.
		registry.addInterceptor(interceptor).excludePathPatterns(NOT_PAGES);
	}

	/**
	 * Whether this request chooses a language the reader's cookie does not hold yet, so
	 * that its response sets one (and is neither served from nor kept in the page cache).
	 */
	public static boolean changesLanguage(HttpServletRequest request) {
		Optional<Locale> chosen = Languages.parse(request.getParameter(LanguageLinks.PARAM));
		return chosen.isPresent() && !chosen.equals(fromCookie(request));
	}

	private static Optional<Locale> fromCookie(HttpServletRequest request) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		return (cookie != null) ? Languages.parse(cookie.getValue()) : Optional.empty();
	}

	/**
	 * Spring's cookie resolver held to the supported languages: an unsupported cookie
	 * falls back to the browser's languages, an unsupported choice is ignored, a choice
	 * the cookie already holds sets no cookie again, and over HTTPS the cookie is Secure.
	 */
	private record SupportedCookieLocaleResolver(CookieLocaleResolver plain,
			CookieLocaleResolver secure) implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale locale = this.plain.resolveLocale(request);
			return Languages.parse(locale.toLanguageTag()).orElseGet(() -> Languages.BROWSER.resolveLocale(request));
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			Optional<Locale> supported = Optional.ofNullable(locale).flatMap((l) -> Languages.parse(l.getLanguage()));
			if (supported.isEmpty()) {
				return;
			}
			if (response == null || supported.equals(fromCookie(request))) {
				request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, supported.get());
				return;
			}
			(request.isSecure() ? this.secure : this.plain).setLocale(request, response, supported.get());
		}

	}

}
