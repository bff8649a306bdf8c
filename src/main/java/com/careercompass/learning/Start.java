package com.careercompass.learning;

import com.careercompass.career.LocalizedText;

import org.jspecify.annotations.Nullable;

/**
 * A free, official place to start learning a skill: our selection, with its publisher.
 *
 * @param title the English version's title
 * @param publisher who publishes it
 * @param url where it is
 * @param what what it covers, in both languages (ours)
 * @param frenchTitle the same publisher's French version's title, or null
 * @param frenchPublisher its publisher, or null
 * @param frenchUrl its address, or null when there is no French version
 * @param frenchTitleInFrench whether the French version's title is in French (some
 * publishers keep the English title)
 */
public record Start(String title, String publisher, String url, LocalizedText what, @Nullable String frenchTitle,
		@Nullable String frenchPublisher, @Nullable String frenchUrl, boolean frenchTitleInFrench) {

	/** Whether a French reader gets a French version. */
	public boolean inFrench() {
		return this.frenchUrl != null;
	}

}
