package com.careercompass.career;

import java.math.BigDecimal;
import java.util.Currency;

import org.jspecify.annotations.Nullable;

/**
 * One reported yearly pay figure, exactly as the survey gave it (the articles never say
 * whether gross or net).
 *
 * @param id stable identifier
 * @param roleSlug the role it is for
 * @param country ISO 3166 country code
 * @param region the region within the country, when given
 * @param employer the employer, when the figure is for one
 * @param currency the currency it was reported in (never converted)
 * @param statistic what kind of figure it is
 * @param amount the amount
 * @param year the survey year, when stated
 * @param survey the survey behind it, when stated
 * @param sourceId the article that reports it
 * @param repaired whether the article's text was garbled and the figure repaired by hand
 * @param note an editorial note
 * @param surveyMonth the survey month, 1 to 12, where the article gives one
 */
public record PayFigure(long id, String roleSlug, String country, @Nullable String region, @Nullable String employer,
		Currency currency, Statistic statistic, BigDecimal amount, @Nullable Integer year,
		@Nullable LocalizedText survey, String sourceId, boolean repaired, @Nullable LocalizedText note,
		@Nullable Integer surveyMonth) {
}
