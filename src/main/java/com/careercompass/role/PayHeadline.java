package com.careercompass.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.PayFigure;
import com.careercompass.career.ReaderCountry;
import com.careercompass.career.Statistic;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * One country's headline figure: a nation-wide one (no region, no employer) when there is
 * one, the most recent first, a median or mean before a single figure or a range; a
 * range's two ends together.
 *
 * @param countryCode the country's ISO 3166 code
 * @param country the country's name
 * @param amount the amount, or a range's two ends, formatted the reader's way
 * @param statKey message key of its kind
 * @param survey the survey, or null when not stated
 * @param year the survey year, or null when not stated
 * @param where the region or employer, for a figure that is not nation-wide
 * @param old why the figure reads as old, or null when it reads as current
 * @param citation the article that reports it
 */
@NamedInterface("views")
public record PayHeadline(String countryCode, String country, String amount, String statKey, @Nullable String survey,
		@Nullable Integer year, @Nullable String where, com.careercompass.career.@Nullable DateMark old,
		Citation citation) {

	private static final Comparator<PayFigure> HEADLINE = Comparator
		.comparing((PayFigure f) -> f.region() != null || f.employer() != null)
		.thenComparing(PayFigure::year, Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing((f) -> switch (f.statistic()) {
			case MEDIAN -> 0;
			case MEAN -> 1;
			case POINT -> 2;
			case RANGE_LOW, RANGE_HIGH -> 3;
		});

	/** The source as a list, for the citation fragment. */
	public List<Citation> citations() {
		return List.of(this.citation);
	}

	/** The key of a range's kind in the message bundles. */
	static final String RANGE = "pay.stat.range";

	public static List<PayHeadline> of(Catalog catalog, List<PayFigure> figures, Locale locale) {
		Map<String, List<PayFigure>> byPlace = new LinkedHashMap<>();
		ReaderCountry.first(figures, PayFigure::country, locale)
			.forEach((f) -> byPlace
				.computeIfAbsent(f.country() + "/" + f.currency().getCurrencyCode(), (k) -> new ArrayList<>())
				.add(f));
		return byPlace.values().stream().map((place) -> headline(catalog, place, locale)).toList();
	}

	private static PayHeadline headline(Catalog catalog, List<PayFigure> place, Locale locale) {
		PayFigure head = place.stream().min(HEADLINE).orElseThrow();
		String amount = Formats.money(head.amount(), head.currency(), locale);
		String statKey = head.statistic().messageKey();
		int shown = 1;
		if (head.statistic().isRangeEnd()) {
			PayFigure other = place.stream()
				.filter((f) -> f != head && f.statistic().isRangeEnd() && f.statistic() != head.statistic()
						&& sameSurvey(f, head))
				.findFirst()
				.orElse(null);
			if (other != null) {
				PayFigure low = (head.statistic() == Statistic.RANGE_LOW) ? head : other;
				PayFigure high = (low == head) ? other : head;
				amount = Formats.money(low.amount(), low.currency(), locale) + "\u2013"
						+ Formats.money(high.amount(), high.currency(), locale);
				statKey = RANGE;
			}
		}
		String where = (head.employer() != null) ? head.employer() : head.region();
		return new PayHeadline(head.country(), Formats.country(head.country(), locale), amount, statKey,
				(head.survey() != null) ? head.survey().in(locale) : null, head.year(), where,
				catalog.dateMark(head, locale), Citation.of(catalog, head.sourceId(), locale));
	}

	private static boolean sameSurvey(PayFigure a, PayFigure b) {
		return Objects.equals(a.survey(), b.survey()) && Objects.equals(a.year(), b.year())
				&& Objects.equals(a.employer(), b.employer()) && Objects.equals(a.region(), b.region());
	}

}
