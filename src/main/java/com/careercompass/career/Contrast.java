package com.careercompass.career;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One point on which roles differ.
 *
 * @param code a stable name for the point, e.g. {@value #STRENGTHS}
 * @param aspect what is compared
 * @param sides each role's side, by role slug, in role order
 * @param choices each role's side in our own words for the reader who would choose it
 * (completing "choose it if you…"), by role slug
 * @param sourceIds the articles that draw the contrast
 */
public record Contrast(String code, LocalizedText aspect, Map<String, LocalizedText> sides,
		Map<String, LocalizedText> choices, List<String> sourceIds) {

	/** The roles' core strengths. */
	public static final String STRENGTHS = "STRENGTHS";

	/** The programming languages each role typically uses. */
	public static final String LANGUAGES = "LANGUAGES";

	public @Nullable LocalizedText sideOf(String roleSlug) {
		return this.sides.get(roleSlug);
	}

	public @Nullable LocalizedText choiceOf(String roleSlug) {
		return this.choices.get(roleSlug);
	}

}
