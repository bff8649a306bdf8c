package com.careercompass.career;

import java.math.BigDecimal;

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
 */
public record OutlookFact(@Nullable String roleSlug, LocalizedText text, @Nullable BigDecimal value,
		@Nullable OutlookUnit unit, @Nullable LocalizedText period, @Nullable LocalizedText survey, String sourceId) {
}
