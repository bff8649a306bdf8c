package com.careercompass.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.careercompass.career.ReaderCountry;
import com.careercompass.career.Catalog;
import com.careercompass.career.PayFigure;
import com.careercompass.role.PayChart;
import com.careercompass.role.PayNote;
import com.careercompass.role.PayGroup.PayRow;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * Pay in one country and currency, side by side. Where both roles have figures, both
 * charts share one scale; where the same survey gives the same kind of figure for the
 * same year to both, the pair is set out like for like.
 *
 * @param country the country's name
 * @param currencyCode ISO 4217 code
 * @param currency the currency's name
 * @param chartA the first role's figures on the common scale, or null when only one side
 * has figures here
 * @param chartB the second role's figures on the common scale
 * @param rowsA the first role's figures as a table
 * @param rowsB the second role's figures as a table
 * @param likeForLike figures from the same survey, kind and year for both roles
 * @param notesA what the sources say about the first role's pay in this country
 * @param notesB the same for the second role
 */
record PayPlaceView(String country, String currencyCode, String currency, @Nullable PayChart chartA,
		@Nullable PayChart chartB, List<PayRow> rowsA, List<PayRow> rowsB, List<Match> likeForLike,
		List<PayNote> notesA, List<PayNote> notesB) {

	public boolean both() {
		return !this.rowsA.isEmpty() && !this.rowsB.isEmpty();
	}

	static List<PayPlaceView> of(Catalog catalog, Comparison c, Locale locale) {
		return ReaderCountry.first(c.pay(), PayPlace::country, locale)
			.stream()
			.map((p) -> of(catalog, c, p, locale))
			.toList();
	}

	private static PayPlaceView of(Catalog catalog, Comparison c, PayPlace place, Locale locale) {
		PayChart chartA = null;
		PayChart chartB = null;
		if (place.both()) {
			List<PayFigure> all = new ArrayList<>(place.a());
			all.addAll(place.b());
			double scale = PayChart.scaleFor(all);
			chartA = PayChart.of(place.a(), (f) -> PayChart.label(f, locale), scale, locale)
				.markOld((f) -> catalog.dateMark(f, locale));
			chartB = PayChart.of(place.b(), (f) -> PayChart.label(f, locale), scale, locale)
				.markOld((f) -> catalog.dateMark(f, locale));
		}
		return new PayPlaceView(Formats.country(place.country(), locale), place.currency().getCurrencyCode(),
				Formats.currency(place.currency(), locale), chartA, chartB, rows(catalog, place.a(), locale),
				rows(catalog, place.b(), locale), matches(catalog, place, locale),
				place.a().isEmpty() ? List.of() : PayNote.in(catalog, c.a().slug(), place.country(), locale),
				place.b().isEmpty() ? List.of() : PayNote.in(catalog, c.b().slug(), place.country(), locale));
	}

	private static List<PayRow> rows(Catalog catalog, List<PayFigure> figures, Locale locale) {
		return figures.stream().map((f) -> PayRow.of(catalog, f, locale)).toList();
	}

	/**
	 * Pairs of figures that differ only by role: same survey, kind, year, region and
	 * employer.
	 */
	private static List<Match> matches(Catalog catalog, PayPlace place, Locale locale) {
		List<Match> matches = new ArrayList<>();
		for (PayFigure a : place.a()) {
			place.b()
				.stream()
				.filter((b) -> a.survey() != null && b.survey() != null && a.survey().en().equals(b.survey().en())
						&& a.statistic() == b.statistic() && Objects.equals(a.year(), b.year())
						&& Objects.equals(a.region(), b.region()) && Objects.equals(a.employer(), b.employer()))
				.findFirst()
				.ifPresent((b) -> matches.add(new Match(PayChart.label(a, locale), a.statistic().messageKey(),
						Formats.money(a.amount(), a.currency(), locale),
						Formats.money(b.amount(), b.currency(), locale),
						Formats.money(a.amount().subtract(b.amount()).abs(), a.currency(), locale),
						a.amount().compareTo(b.amount()), catalog.dateMark(a, locale))));
		}
		return matches;
	}

	/**
	 * The same figure for both roles.
	 *
	 * @param label survey and year
	 * @param statKey message key of the figure's kind
	 * @param a the first role's amount
	 * @param b the second role's amount
	 * @param difference how far apart they are
	 * @param order positive when the first role's amount is higher, negative when lower,
	 * zero when equal
	 * @param old why the figures read as old, or null
	 */
	record Match(String label, String statKey, String a, String b, String difference, int order,
			com.careercompass.career.@Nullable DateMark old) {
	}

}
