package com.careercompass.system.language;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages the portal speaks, English first (the default), then French, and the one
 * reading of every way a client names a language: a {@code lang} parameter or cookie, and
 * the browser's {@code Accept-Language}.
 */
public final class Languages {

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

	public static final Locale DEFAULT = Locale.ENGLISH;

	/** Longer language tags do not exist (RFC 5646 asks for 35 characters at most). */
	private static final int MAX_TAG = 35;

	/**
	 * The part of an {@code Accept-Language} header that is read: a browser sends well
	 * under 200 characters; the rest of a longer header is ignored, not refused.
	 */
	static final int MAX_ACCEPT_LANGUAGE = 4096;

	private Languages() {
	}

	/**
	 * The supported locale for a language tag such as {@code fr}, {@code fr-CA} or
	 * {@code FR}.
	 */
	public static Optional<Locale> parse(@Nullable String tag) {
		if (tag == null || tag.length() > MAX_TAG) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
		return SUPPORTED.stream().filter((l) -> l.getLanguage().equals(language)).findFirst();
	}

	/**
	 * The browser's choice among the supported languages: the supported language of the
	 * highest quality ({@code fr-CA} counts as {@code fr}; the first named wins a tie),
	 * else English. Any number of ranges, quality values, wildcards and junk: a range
	 * that cannot be read is skipped, never an error. Unlike the servlet container's
	 * parser, which refuses more than ten ranges, this is the portal's only reader of the
	 * header.
	 */
	public static Locale fromAcceptLanguage(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return DEFAULT;
		}
		String read = (header.length() > MAX_ACCEPT_LANGUAGE) ? header.substring(0, MAX_ACCEPT_LANGUAGE) : header;
		List<Locale.LanguageRange> ranges = new ArrayList<>();
		for (String range : read.split(",")) {
			try {
				ranges.addAll(Locale.LanguageRange.parse(range.strip()));
			}
			catch (IllegalArgumentException ex) {
				// Not a language range: skipped, as a browser's junk should be.
			}
		}
		// A stable sort: of equal weights the first named wins.
		ranges.sort(Comparator.comparingDouble(Locale.LanguageRange::getWeight).reversed());
		for (Locale.LanguageRange range : ranges) {
			if (range.getWeight() > 0) {
				Optional<Locale> supported = parse(range.getRange());
				if (supported.isPresent()) {
					return supported.get();
				}
			}
		}
		return DEFAULT;
	}

}
