package com.careercompass.role;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.DateMark;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.OutlookUnit;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * An outlook fact with its headline figure, and its horizon.
 *
 * @param text the fact
 * @param unitKey message key of the figure's display pattern, or null when it has no
 * figure
 * @param figure the figure's number, formatted the reader's way (large amounts in words
 * of their size: "$40.0 billion", not "$39,986.7 million"; the exact figure stays in the
 * fact's sentence and the API)
 * @param period the period it covers
 * @param survey the report behind it
 * @param citation the article that reports it
 * @param madeYear the year a forecast was made, where the article says so
 * @param horizonYear the last year it looks to, where the article says so
 * @param passed whether that year had passed when the facts were last reviewed
 * @param dateMark the mark of a fact that is old or undated, as pay figures have it; null
 * for a current one and for a passed forecast, which {@code passed} marks
 */
@NamedInterface("views")
public record OutlookView(String text, @Nullable String unitKey, @Nullable String figure, @Nullable String period,
		@Nullable String survey, Citation citation, @Nullable String madeYear, @Nullable String horizonYear,
		boolean passed, @Nullable DateMark dateMark) {

	/** The source as a list, for the citation fragment. */
	public List<Citation> citations() {
		return List.of(this.citation);
	}

	public static List<OutlookView> of(Catalog catalog, List<OutlookFact> facts, Locale locale) {
		return facts.stream().map((o) -> of(catalog, o, locale)).toList();
	}

	private static OutlookView of(Catalog catalog, OutlookFact fact, Locale locale) {
		OutlookUnit unit = fact.unit();
		BigDecimal value = fact.value();
		Amount amount = (unit != null && value != null) ? Amount.of(unit, value, locale) : null;
		return new OutlookView(fact.text().in(locale), (amount != null) ? amount.key() : null,
				(amount != null) ? amount.number() : null, (fact.period() != null) ? fact.period().in(locale) : null,
				(fact.survey() != null) ? fact.survey().in(locale) : null,
				Citation.of(catalog, fact.sourceId(), locale),
				(fact.madeYear() != null) ? String.valueOf(fact.madeYear()) : null,
				(fact.horizonYear() != null) ? String.valueOf(fact.horizonYear()) : null,
				fact.horizonPassed(catalog.reviewedOn()), catalog.dateMark(fact));
	}

	/**
	 * A figure as a reader says it: millions from a thousand up in billions, with one
	 * decimal; in French, trillions in billions ("4 400 milliards", not "4,4 milliers de
	 * milliards").
	 *
	 * @param key the message key of its pattern
	 * @param number the number, formatted the reader's way
	 */
	record Amount(String key, String number) {

		static Amount of(OutlookUnit unit, BigDecimal value, Locale locale) {
			if (unit == OutlookUnit.MILLION_USD && value.compareTo(THOUSAND) >= 0) {
				return new Amount(BILLION, fixed(value.divide(THOUSAND), 1, locale));
			}
			if (unit == OutlookUnit.TRILLION_USD && "fr".equals(locale.getLanguage())) {
				return new Amount(BILLION, fixed(value.multiply(THOUSAND), 0, locale));
			}
			return new Amount(unit.messageKey(), Formats.number(value, locale));
		}

		private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

		private static final String BILLION = "outlook.unit.billion_usd";

		private static String fixed(BigDecimal value, int decimals, Locale locale) {
			NumberFormat format = NumberFormat.getNumberInstance(locale);
			format.setMinimumFractionDigits(decimals);
			format.setMaximumFractionDigits(decimals);
			return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
		}

	}

}
