package com.careercompass.system.language;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/** The languages the portal speaks: English first (the default), then French. */
public final class Languages {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	public static final Locale DEFAULT = Locale.ENGLISH;

	/**
	 * The browser's choice ({@code Accept-Language}, by quality, {@code fr-CA} as
	 * {@code fr}) among the supported languages, else English. Never remembered.
	 */
	public static final AcceptHeaderLocaleResolver BROWSER = browser();

	private Languages() {
	}

	private static AcceptHeaderLocaleResolver browser() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(SUPPORTED);
		resolver.setDefaultLocale(DEFAULT);
		return resolver;
	}

	/**
	 * The supported locale for a language tag such as {@code fr}, {@code fr-CA} or
	 * {@code FR}.
	 */
	public static Optional<Locale> parse(String tag) {
		if (tag == null || tag.length() > 35) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter((l) -> l.getLanguage().equals(language)).findFirst();
	}

}
