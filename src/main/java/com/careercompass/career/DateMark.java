package com.careercompass.career;

import org.jspecify.annotations.Nullable;

/**
 * Why a figure cannot be read as current: its date, as far as it is known, is more than
 * five years before the review date; or nothing dates it at all, neither the figure nor
 * its article.
 *
 * @param kind which of the three it is
 * @param when the figure's date as a reader reads it ("May 2021", "2019", or for a figure
 * with no year the year of its article); null for an undated one
 */
public record DateMark(Kind kind, String when) {

	/** The three ways a figure's date reads. */
	public enum Kind {

		/** Its own date is old: "old figure (May 2021)". */
		OLD("dated.old"),

		/** It gives no year, and its article is old: "old figure (article of 2019)". */
		OLD_ARTICLE("dated.old.article"),

		/** Neither it nor its article is dated: "undated article". */
		UNDATED("dated.undated");

		private final String messageKey;

		Kind(String messageKey) {
			this.messageKey = messageKey;
		}

	}

	public static DateMark old(String when) {
		return new DateMark(Kind.OLD, when);
	}

	public static DateMark oldArticle(String when) {
		return new DateMark(Kind.OLD_ARTICLE, when);
	}

	public static DateMark undated() {
		return new DateMark(Kind.UNDATED, "");
	}

	/** Whether a figure with this mark, if any, is known to be old. */
	public static boolean isOld(@Nullable DateMark mark) {
		return mark != null && mark.old();
	}

	/** Whether a figure with this mark, if any, is undated. */
	public static boolean isUndated(@Nullable DateMark mark) {
		return mark != null && mark.undatedFigure();
	}

	/** Whether the figure is known to be old (an undated one is not known to be). */
	public boolean old() {
		return this.kind != Kind.UNDATED;
	}

	/** Whether nothing dates the figure. */
	public boolean undatedFigure() {
		return this.kind == Kind.UNDATED;
	}

	/** The message key of the mark; its one argument is {@link #when()}. */
	public String messageKey() {
		return this.kind.messageKey;
	}

}
