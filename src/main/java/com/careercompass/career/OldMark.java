package com.careercompass.career;

/**
 * Why a pay figure reads as old (issue 25): its date, as far as it is known, is more than
 * five years before the review date.
 *
 * @param when the figure's date as a reader reads it: "May 2021", "2019", or for a figure
 * with no year the year of its article
 * @param articleDate whether {@code when} is the article's date, the figure giving none
 */
public record OldMark(String when, boolean articleDate) {

	/**
	 * The message key of the mark: "old figure (May 2021)", "old figure (article of
	 * 2019)" (the figure's year column already says the year is not stated).
	 */
	public String messageKey() {
		return this.articleDate ? "pay.old.article" : "pay.old";
	}

}
