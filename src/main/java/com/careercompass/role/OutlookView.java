package com.careercompass.role;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.OutlookFact;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * An outlook fact with its headline figure.
 *
 * @param text the fact
 * @param unitKey message key of the figure's display pattern, or null when it has no
 * figure
 * @param figure the figure's number, formatted the reader's way
 * @param period the period it covers
 * @param survey the report behind it
 * @param citation the article that reports it
 */
public record OutlookView(String text, @Nullable String unitKey, @Nullable String figure, @Nullable String period,
		@Nullable String survey, Citation citation) {

	/** The source as a list, for the citation fragment. */
	public List<Citation> citations() {
		return List.of(this.citation);
	}

	public static List<OutlookView> of(Catalog catalog, List<OutlookFact> facts, Locale locale) {
		return facts.stream().map((o) -> of(catalog, o, locale)).toList();
	}

	private static OutlookView of(Catalog catalog, OutlookFact fact, Locale locale) {
		boolean hasFigure = fact.value() != null && fact.unit() != null;
		return new OutlookView(fact.text().in(locale), hasFigure ? fact.unit().messageKey() : null,
				hasFigure ? Formats.number(fact.value(), locale) : null,
				(fact.period() != null) ? fact.period().in(locale) : null,
				(fact.survey() != null) ? fact.survey().in(locale) : null,
				Citation.of(catalog, fact.sourceId(), locale));
	}

}
