package com.careercompass.career;

import org.jspecify.annotations.Nullable;

/**
 * What a reader needs to know beside a role's pay figures, with no amount of its own.
 *
 * @param roleSlug the role
 * @param country the country whose figures it qualifies (ISO code), or null for all
 * @param region the region within it, or null
 * @param text the context
 * @param sourceId the article that gives it
 */
public record PayContext(String roleSlug, @Nullable String country, @Nullable String region, LocalizedText text,
		String sourceId) {

	/**
	 * Whether it qualifies the figures of this place.
	 * @param country ISO country code
	 * @param region the region, or null
	 * @return true for context about all the role's pay, or about this country (and
	 * region)
	 */
	public boolean qualifies(String country, @Nullable String region) {
		return this.country == null
				|| (this.country.equals(country) && (this.region == null || this.region.equals(region)));
	}

}
