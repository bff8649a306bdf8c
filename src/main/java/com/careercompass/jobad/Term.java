package com.careercompass.jobad;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the lexicon: words a job ad uses, and what of ours they stand for. The
 * mappings are ours, not the articles'.
 *
 * @param id its stable id (result addresses carry it)
 * @param words the words as an ad writes them
 * @param lang the language of ads it is read in ("en", "fr"), or null for both
 * @param kind what it stands for
 * @param skill for a skill term, the listed skill
 * @param duty for a duty term, the role's responsibility
 * @param roleSlug for a title term, the role the title names
 * @param exactCase whether it only counts as written (Tableau the tool, R the language)
 * @param why why it maps there, in our words
 */
public record Term(long id, String words, @Nullable String lang, Kind kind, @Nullable Skill skill,
		@Nullable RoleFact duty, @Nullable String roleSlug, boolean exactCase, LocalizedText why) {

	/** What a term stands for. */
	public enum Kind {

		/** One of the roles' listed skills. */
		SKILL,

		/** One of the roles' responsibilities. */
		DUTY,

		/** A role's title, counted in the ad's first line only. */
		TITLE,

		/** A tool or term our lists do not have: named, counted for neither role. */
		UNLISTED

	}

}
