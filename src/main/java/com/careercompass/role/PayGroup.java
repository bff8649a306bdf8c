package com.careercompass.role;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.PayFigure;
import com.careercompass.career.ReaderCountry;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A role's pay figures in one country and currency, with a chart on one scale when there
 * is more than one figure. Figures are shown as reported: never converted, never
 * averaged.
 *
 * @param country the country's name
 * @param currencyCode ISO 4217 code
 * @param currency the currency's name
 * @param rows the figures, as a table
 * @param chart the figures, drawn; null when there is only one
 * @param notes what the sources say about pay in this country, beside the figures
 */
@NamedInterface("views")
public record PayGroup(String country, String currencyCode, String currency, List<PayRow> rows,
		@Nullable PayChart chart, List<PayNote> notes) {

	static List<PayGroup> of(Catalog catalog, List<PayFigure> figures, Locale locale) {
		Map<String, List<PayFigure>> byPlace = new LinkedHashMap<>();
		for (PayFigure figure : ReaderCountry.first(figures, PayFigure::country, locale)) {
			byPlace
				.computeIfAbsent(figure.country() + "/" + figure.currency().getCurrencyCode(), (k) -> new ArrayList<>())
				.add(figure);
		}
		return byPlace.values().stream().map((group) -> ofPlace(catalog, group, locale)).toList();
	}

	private static PayGroup ofPlace(Catalog catalog, List<PayFigure> figures, Locale locale) {
		PayFigure first = figures.get(0);
		Currency currency = first.currency();
		List<PayRow> rows = figures.stream().map((f) -> PayRow.of(catalog, f, locale)).toList();
		PayChart chart = (figures.size() > 1) ? PayChart.of(figures, locale).markOld((f) -> catalog.dateMark(f, locale))
				: null;
		return new PayGroup(Formats.country(first.country(), locale), currency.getCurrencyCode(),
				Formats.currency(currency, locale), rows, chart,
				PayNote.in(catalog, first.roleSlug(), first.country(), locale));
	}

	/**
	 * One figure.
	 *
	 * @param statKey message key of its kind (mean, median, range end, reported figure)
	 * @param amount the amount with its currency, formatted the reader's way
	 * @param year the survey year, or null when not stated
	 * @param survey the survey, or null when not stated
	 * @param region the region, when given
	 * @param employer the employer, when given
	 * @param citation the article that reports it
	 * @param repaired whether the figure was repaired by hand
	 * @param note the editorial note
	 * @param old why the figure reads as old (by date), or null
	 */
	@NamedInterface("views")
	public record PayRow(String statKey, String amount, @Nullable Integer year, @Nullable String survey,
			@Nullable String region, @Nullable String employer, Citation citation, boolean repaired,
			@Nullable String note, com.careercompass.career.@Nullable DateMark old) {

		/** The source as a list, for the citation fragment. */
		public List<Citation> citations() {
			return List.of(this.citation);
		}

		public static PayRow of(Catalog catalog, PayFigure f, Locale locale) {
			return new PayRow(f.statistic().messageKey(), Formats.money(f.amount(), f.currency(), locale), f.year(),
					(f.survey() != null) ? f.survey().in(locale) : null, f.region(), f.employer(),
					Citation.of(catalog, f.sourceId(), locale), f.repaired(),
					(f.note() != null) ? f.note().in(locale) : null, catalog.dateMark(f, locale));
		}

	}

}
