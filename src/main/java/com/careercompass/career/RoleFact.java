package com.careercompass.career;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A sentence about a role: part of its summary, a responsibility or an education fact.
 *
 * @param roleSlug the role it describes
 * @param kind what it describes
 * @param text the sentence
 * @param sourceIds the articles it comes from
 * @param choice for a responsibility, our own words for the reader who would choose the
 * role for it (completing "choose it if you…"), or null
 * @param country the one country (ISO 3166-1 alpha-2) the fact is about, where the
 * article gives it for one country only (the US statistics office's picture), or null
 */
public record RoleFact(String roleSlug, FactKind kind, LocalizedText text, List<String> sourceIds,
		@Nullable LocalizedText choice, @Nullable String country) {

	public RoleFact(String roleSlug, FactKind kind, LocalizedText text, List<String> sourceIds) {
		this(roleSlug, kind, text, sourceIds, null, null);
	}

}
