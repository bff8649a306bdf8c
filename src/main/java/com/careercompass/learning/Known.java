package com.careercompass.learning;

import java.util.HashSet;
import java.util.Set;

import com.careercompass.career.LocalizedText;

import org.jspecify.annotations.Nullable;

/**
 * What a person has, as far as the portal knows: the skills they ticked, and what their
 * background usually brings.
 *
 * @param ticked the skills they ticked in the skills check
 * @param brought the skills their background usually brings
 * @param language whether their background brings a programming language (any counts)
 * @param background the background's name, or null when none was given
 */
public record Known(Set<Long> ticked, Set<Long> brought, boolean language, @Nullable LocalizedText background) {

	/** Nothing known. */
	public static final Known NOTHING = new Known(Set.of(), Set.of(), false, null);

	/** Only ticks. */
	public static Known ticked(Set<Long> ticked) {
		return new Known(Set.copyOf(ticked), Set.of(), false, null);
	}

	/** The same, with more ticks. */
	public Known withTicks(Set<Long> more) {
		Set<Long> all = new HashSet<>(this.ticked);
		all.addAll(more);
		return new Known(Set.copyOf(all), this.brought, this.language, this.background);
	}

	/** Every skill they have, ticked or brought. */
	public Set<Long> have() {
		Set<Long> all = new HashSet<>(this.ticked);
		all.addAll(this.brought);
		return all;
	}

}
