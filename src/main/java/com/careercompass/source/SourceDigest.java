package com.careercompass.source;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One article and every fact the portal draws from it.
 *
 * @param id the anchor
 * @param titleEn the title in English
 * @param titleFr the title in French
 * @param publisher the publisher, as far as known
 * @param label the short label citations use
 * @param date the publication date or year, formatted, or null when not stated
 * @param dateNote how the date was established
 * @param sections the facts drawn from it, by kind
 * @param number its number, as printed citations give it
 * @param kindKey the message key of what kind of text it is
 * @param untitled whether the article has no title: the two "titles" are then only our
 * description of it, shown as such, and there is no French original
 */
record SourceDigest(String id, String titleEn, String titleFr, String publisher, String label, @Nullable String date,
		@Nullable String dateNote, List<Section> sections, int number, String kindKey, boolean untitled) {

	/**
	 * Facts of one kind.
	 *
	 * @param titleKey message key of the kind
	 * @param items the facts, each as one line
	 */
	record Section(String titleKey, List<String> items) {
	}

}
