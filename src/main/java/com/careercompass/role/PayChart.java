package com.careercompass.role;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.careercompass.career.DateMark;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Statistic;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * Pay figures of one currency laid out on one scale from zero: one row per survey (or
 * employer), a range as a bar, a mean, median or single figure as a mark. Positions are
 * percentages of the scale, for SVG attributes. The scale has ticks at round amounts;
 * every bar and mark has its amount written beside it.
 *
 * @param series the rows
 * @param scaleMax the right end of the scale, formatted
 * @param ticks round amounts along the scale, from zero to its right end
 */
@NamedInterface("views")
public record PayChart(List<Series> series, String scaleMax, List<Tick> ticks) {

	static PayChart of(List<PayFigure> figures, Locale locale) {
		return of(figures, (f) -> label(f, locale), locale);
	}

	/**
	 * Marks the rows whose figures are too old to read as current (a row's figures share
	 * survey, year and article, so its first figure dates it).
	 * @param old why a figure reads as old, or null
	 * @return this chart, with each row's mark set
	 */
	public PayChart markOld(Function<PayFigure, @Nullable DateMark> old) {
		return new PayChart(this.series.stream().map((s) -> s.markOld(old)).toList(), this.scaleMax, this.ticks);
	}

	/**
	 * Lays out figures of one currency on a scale of their own; figures with the same
	 * label form one row.
	 * @param figures the figures, all in one currency
	 * @param labeler names the row a figure belongs to
	 * @param locale the reader's locale
	 * @return the chart
	 */
	public static PayChart of(List<PayFigure> figures, Function<PayFigure, String> labeler, Locale locale) {
		return of(figures, labeler, scaleFor(figures), locale);
	}

	/**
	 * Lays out figures of one currency on a given scale, so that several charts can share
	 * it.
	 * @param figures the figures, all in one currency
	 * @param labeler names the row a figure belongs to
	 * @param scale the amount at the right end of the scale, from {@link #scaleFor(List)}
	 * @param locale the reader's locale
	 * @return the chart
	 */
	public static PayChart of(List<PayFigure> figures, Function<PayFigure, String> labeler, double scale,
			Locale locale) {
		Map<String, List<PayFigure>> bySeries = figures.stream()
			.collect(Collectors.groupingBy(labeler, LinkedHashMap::new, Collectors.toList()));
		List<Series> series = new ArrayList<>();
		bySeries.forEach((label, group) -> series.add(Series.of(label, group, scale, locale)));
		Currency currency = figures.isEmpty() ? Currency.getInstance("USD") : figures.get(0).currency();
		return new PayChart(series, Formats.money(BigDecimal.valueOf(scale), currency, locale), ticks(scale, locale));
	}

	/**
	 * Ticks every fifth of a scale of 1 or 5 times a power of ten, every quarter of 2
	 * times: always round amounts, labelled in short form ("50K", "50 k").
	 */
	static List<Tick> ticks(double scale, Locale locale) {
		double power = Math.pow(10, Math.floor(Math.log10(scale)));
		long leading = Math.round(scale / power);
		int steps = (leading == 2) ? 4 : 5;
		NumberFormat compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
		compact.setMaximumFractionDigits(1);
		List<Tick> ticks = new ArrayList<>();
		for (int i = 0; i <= steps; i++) {
			double amount = scale * i / steps;
			String anchor = (i == 0) ? "start" : (i == steps) ? "end" : "middle";
			ticks.add(new Tick(Math.round(1000.0 * i / steps) / 10.0, compact.format(amount), anchor, i % 2 == 0));
		}
		return ticks;
	}

	/** A scale from zero to the next 1, 2 or 5 step above the largest figure. */
	public static double scaleFor(List<PayFigure> figures) {
		BigDecimal max = figures.stream().map(PayFigure::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
		return niceCeiling(max.doubleValue());
	}

	/**
	 * The survey, employer, region and year that tell one series from another, e.g.
	 * "PayScale · 2023".
	 */
	public static String label(PayFigure f, Locale locale) {
		return Stream
			.of(f.employer(), (f.survey() != null) ? f.survey().in(locale) : null, f.region(),
					(f.year() != null) ? f.year().toString() : null)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(" · "));
	}

	/**
	 * The smallest 1, 2 or 5 times a power of ten that is at least the value: 157,000
	 * gives 200,000.
	 */
	static double niceCeiling(double value) {
		if (value <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 2, 5, 10 }) {
			if (step * power >= value) {
				return step * power;
			}
		}
		return 10 * power;
	}

	private static double percent(BigDecimal amount, double scale) {
		return Math.round(amount.doubleValue() / scale * 1000) / 10.0;
	}

	/**
	 * One row of the chart.
	 *
	 * @param label what the row shows
	 * @param range the range, when the survey gave one
	 * @param marks single figures
	 * @param year the survey year of the row's figures, when stated
	 * @param old why the figures read as old, or null
	 * @param first the row's first figure, which dates it
	 */
	public record Series(String label, @Nullable Range range, List<Mark> marks, @Nullable Integer year,
			@Nullable DateMark old, PayFigure first) {

		Series markOld(Function<PayFigure, @Nullable DateMark> old) {
			return new Series(this.label, this.range, this.marks, this.year, old.apply(this.first), this.first);
		}

		static Series of(String label, List<PayFigure> figures, double scale, Locale locale) {
			PayFigure low = find(figures, Statistic.RANGE_LOW);
			PayFigure high = find(figures, Statistic.RANGE_HIGH);
			Range range = (low != null && high != null)
					? new Range(percent(low.amount(), scale), percent(high.amount().subtract(low.amount()), scale),
							Formats.money(low.amount(), low.currency(), locale),
							Formats.money(high.amount(), high.currency(), locale))
					: null;
			List<Mark> marks = figures.stream()
				.filter((f) -> !f.statistic().isRangeEnd() || range == null)
				.map((f) -> new Mark(percent(f.amount(), scale), f.statistic().messageKey(),
						Formats.money(f.amount(), f.currency(), locale)))
				.toList();
			Integer year = figures.stream().map(PayFigure::year).filter(Objects::nonNull).findFirst().orElse(null);
			return new Series(label, range, marks, year, null, figures.get(0));
		}

		private static @Nullable PayFigure find(List<PayFigure> figures, Statistic statistic) {
			return figures.stream().filter((f) -> f.statistic() == statistic).findFirst().orElse(null);
		}

	}

	/**
	 * A range bar.
	 *
	 * @param x where it starts, in percent of the scale
	 * @param width how long it is, in percent of the scale
	 * @param low the low end, formatted
	 * @param high the high end, formatted
	 */
	public record Range(double x, double width, String low, String high) {
	}

	/**
	 * A single figure.
	 *
	 * @param x where it sits, in percent of the scale
	 * @param statKey message key of its kind
	 * @param amount the amount, formatted
	 */
	public record Mark(double x, String statKey, String amount) {
	}

	/**
	 * A round amount on the scale.
	 *
	 * @param x where it sits, in percent of the scale
	 * @param label the amount in short form
	 * @param anchor how its label aligns: start, middle or end (an SVG text-anchor)
	 * @param major whether it stays labelled on the narrowest screens
	 */
	public record Tick(double x, String label, String anchor, boolean major) {
	}

}
