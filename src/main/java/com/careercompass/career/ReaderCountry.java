package com.careercompass.career;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Whose pay comes first. A French reader most likely works in France, so wherever pay is
 * shown country by country (a profile, its glance, a comparison, the plan's default), the
 * French figures come first for a French reader; an English reader keeps the sources'
 * order (docs/seo.md, "French readers first"). Nothing else moves: within a country the
 * figures keep their order.
 */
public final class ReaderCountry {

	private ReaderCountry() {
	}

	/** The reader's likely country (ISO 3166-1 alpha-2), if the language tells one. */
	public static Optional<String> of(Locale locale) {
		return "fr".equals(locale.getLanguage()) ? Optional.of("FR") : Optional.empty();
	}

	/** The items, the reader's country's first, in their order otherwise. */
	public static <T> List<T> first(List<T> items, Function<T, @Nullable String> country, Locale locale) {
		Optional<String> reader = of(locale);
		if (reader.isEmpty()) {
			return items;
		}
		List<T> ordered = new ArrayList<>(items);
		// A stable sort: only the reader's country moves.
		ordered.sort(Comparator.comparing((T item) -> !reader.get().equals(country.apply(item))));
		return List.copyOf(ordered);
	}

}
