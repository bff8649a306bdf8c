package com.careercompass.system.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How a request gets its language: the edge's {@code RequestLanguageFilter} chooses it
 * once ({@link RequestLanguage}: {@code ?lang=}, then the {@code lang} cookie, then
 * {@code Accept-Language}, then English) and Spring MVC reads that choice through its
 * {@code LocaleResolver}. Spring's own cookie resolver, locale-change interceptor and
 * {@code Accept-Language} resolver each parsed the language their own way (and the last
 * through the servlet container's parser, which refuses more than ten ranges), so a page
 * could be rendered in one language and cached under another (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
public class LanguageConfig {

	/** Named {@code localeResolver} so that the DispatcherServlet uses it. */
	@Bean
	LocaleResolver localeResolver() {
		return new ChosenLocaleResolver();
	}

	/**
	 * Named {@code messageSource}, in place of Spring Boot's: the same bundles, set in
	 * each language's typography.
	 */
	@Bean
	MessageSource messageSource() {
		return new TypographicMessageSource();
	}

	/**
	 * Whether this request chooses a language the reader's cookie does not hold yet, so
	 * that its response sets one (and is neither served from nor kept in the page cache).
	 */
	public static boolean changesLanguage(HttpServletRequest request) {
		return RequestLanguage.of(request).remember();
	}

	/**
	 * The language the edge's {@code RequestLanguageFilter} chose. Changing it within a
	 * request is not supported: the switch is a link with {@code ?lang=}, read by the
	 * filter.
	 */
	private static final class ChosenLocaleResolver implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			return RequestLanguage.localeOf(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response,
				@Nullable Locale locale) {
			throw new UnsupportedOperationException("The language is chosen once, by RequestLanguageFilter");
		}

	}

}
