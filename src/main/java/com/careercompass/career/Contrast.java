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

	/**
	 * The side of a role this contrast is known to involve (a comparison keeps only the
	 * contrasts that involve both its roles).
	 * @param roleSlug the role
	 * @return its side
	 * @throws IllegalStateException when the contrast says nothing of that role
	 */
	public LocalizedText side(String roleSlug) {
		LocalizedText side = this.sides.get(roleSlug);
		if (side == null) {
			throw new IllegalStateException("The contrast " + this.code + " has no side for " + roleSlug);
		}
		return side;
	}

	public @Nullable LocalizedText sideOf(String roleSlug) {
		return this.sides.get(roleSlug);
	}

	public @Nullable LocalizedText choiceOf(String roleSlug) {
		return this.choices.get(roleSlug);
	}

}
