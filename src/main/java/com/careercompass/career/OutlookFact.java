package com.careercompass.career;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A job-market outlook fact.
 *
 * @param roleSlug the role it is about, or null for the whole field
 * @param text the fact
 * @param value its headline figure, when it has one
 * @param unit the figure's unit
 * @param period the period it covers, when stated
 * @param survey the survey or report behind it, when stated
 * @param sourceId the article that reports it
 * @param madeYear the year a forecast was made, where the article says so
 * @param horizonYear the last year a forecast looks to, where the article says so
 * @param reportedYear the year of the report behind it, where the article names one; its
 * article's date stands in for it otherwise
 */
public record OutlookFact(@Nullable String roleSlug, LocalizedText text, @Nullable BigDecimal value,
		@Nullable OutlookUnit unit, @Nullable LocalizedText period, @Nullable LocalizedText survey, String sourceId,
		@Nullable Integer madeYear, @Nullable Integer horizonYear, @Nullable Integer reportedYear) {

	/**
	 * Whether the forecast's horizon has passed by a date: its last year is over (a
	 * forecast "for 2025" has passed on 1 January 2026, not before).
	 * @param date the date, the review date of the facts
	 * @return whether it has passed
	 */
	public boolean horizonPassed(LocalDate date) {
		return this.horizonYear != null && this.horizonYear < date.getYear();
	}

	/**
	 * The headline of a list of outlook facts: the first with a figure whose horizon has
	 * not passed; else the first with a figure; else none. A passed forecast is never the
	 * headline where a current figure exists.
	 * @param facts the facts, in the order the pages show them
	 * @param date the review date of the facts
	 * @return the headline, if any
	 */
	public static java.util.Optional<OutlookFact> headline(java.util.List<OutlookFact> facts, LocalDate date) {
		return facts.stream()
			.filter((f) -> f.value() != null && !f.horizonPassed(date))
			.findFirst()
			.or(() -> facts.stream().filter((f) -> f.value() != null).findFirst());
	}

}
