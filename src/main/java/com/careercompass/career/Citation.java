package com.careercompass.career;

import java.util.List;
import java.util.Locale;

/**
 * A reference to a source article as a page shows it: a short label linking to the
 * article on the sources page.
 *
 * @param id the source id, the anchor on the sources page
 * @param label the short label
 * @param title the article's title
 * @param number the source's number, 1 to 5, in the order of the sources page: print
 * cites by number (the labels took a line of their own), each page's source list numbers
 * its sources the same way
 */
public record Citation(String id, String label, String title, int number) {

	public static Citation of(Catalog catalog, String sourceId, Locale locale) {
		Source source = catalog.source(sourceId);
		return new Citation(source.id(), source.label().in(locale), source.title().in(locale),
				catalog.sources().indexOf(source) + 1);
	}

	public static List<Citation> of(Catalog catalog, List<String> sourceIds, Locale locale) {
		return sourceIds.stream().map((id) -> of(catalog, id, locale)).toList();
	}

}
