package com.careercompass.career;

import java.util.List;
import java.util.Map;

import org.springframework.lang.Nullable;

/**
 * One point on which roles differ.
 *
 * @param aspect what is compared
 * @param sides each role's side, by role slug, in role order
 * @param sourceIds the articles that draw the contrast
 */
public record Contrast(LocalizedText aspect, Map<String, LocalizedText> sides, List<String> sourceIds) {

	public @Nullable LocalizedText sideOf(String roleSlug) {
		return this.sides.get(roleSlug);
	}

}
