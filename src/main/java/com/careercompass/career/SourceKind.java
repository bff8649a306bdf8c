package com.careercompass.career;

import java.util.Locale;

/**
 * What kind of text a source article is (our reading, V14): readers weigh a fact by it.
 */
public enum SourceKind {

	/** A trade publication's article, republished in French by another site. */
	PRESS_REPUBLICATION,
	/** The blog of a company that sells courses, promoting its own. */
	COURSE_PROVIDER_BLOG,
	/** A blog post signed by one person. */
	PERSONAL_BLOG,
	/** A page of a training company. */
	COURSE_PROVIDER,
	/** A guide with neither title nor author. */
	UNTITLED_GUIDE;

	/** The message key of its description. */
	public String messageKey() {
		return "source.kind." + name().toLowerCase(Locale.ROOT);
	}

}
