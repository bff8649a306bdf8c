package com.careercompass.career;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One source article.
 *
 * @param id stable identifier, also the anchor on the sources page
 * @param title the article's title; for an untitled article, our description of it in
 * each language
 * @param publisher who published it, as far as known
 * @param label a short citation label
 * @param year the publication year, when stated or inferred
 * @param publishedOn the exact publication date, when stated
 * @param dateNote how the date was established, when not stated by the article
 * @param language the article's language
 * @param untitled whether the article has no title, so that {@code title} only describes
 * it
 * @param kind what kind of text it is
 */
public record Source(String id, LocalizedText title, LocalizedText publisher, LocalizedText label,
		@Nullable Integer year, @Nullable LocalDate publishedOn, @Nullable LocalizedText dateNote, String language,
		boolean untitled, SourceKind kind) {
}
