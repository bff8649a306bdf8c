package com.careercompass.jobad;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What was read in an ad: the terms found and the job they describe.
 *
 * @param found each term found, first seen first
 * @param language the ad's language, or null when its words do not tell
 * @param verdict which job it describes
 */
public record AdReading(List<Lexicon.Found> found, @Nullable String language, AdVerdict verdict) {

	/** The terms of one kind. */
	List<Lexicon.Found> of(Term.Kind kind) {
		return this.found.stream().filter((f) -> f.term().kind() == kind).toList();
	}

	/** The listed skills the ad names. */
	public Set<Long> skillIds() {
		Set<Long> ids = new LinkedHashSet<>();
		of(Term.Kind.SKILL).forEach((f) -> ids.add(java.util.Objects.requireNonNull(f.term().skill()).id()));
		return ids;
	}

	/** The ids of every term found, ascending: what a result's address carries. */
	public List<Long> termIds() {
		return this.found.stream().map((f) -> f.term().id()).sorted().toList();
	}

}
