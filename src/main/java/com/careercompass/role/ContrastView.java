package com.careercompass.role;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.LocalizedText;

/**
 * How this role differs from another on one point.
 *
 * @param aspect what is compared
 * @param thisRole this role's side
 * @param otherRole the other role's short name
 * @param otherSlug the other role's slug
 * @param other the other role's side
 * @param citations the sources
 */
record ContrastView(String aspect, String thisRole, String otherRole, String otherSlug, String other,
		List<Citation> citations) {

	static List<ContrastView> of(Catalog catalog, String roleSlug, Locale locale) {
		return catalog.contrastsOf(roleSlug)
			.stream()
			.flatMap((c) -> c.sides()
				.entrySet()
				.stream()
				.filter((side) -> !side.getKey().equals(roleSlug))
				.map((side) -> view(catalog, c.aspect(), c.side(roleSlug), side, c.sourceIds(), locale)))
			.toList();
	}

	private static ContrastView view(Catalog catalog, LocalizedText aspect, LocalizedText mine,
			Map.Entry<String, LocalizedText> other, List<String> sourceIds, Locale locale) {
		return new ContrastView(aspect.in(locale), mine.in(locale), catalog.role(other.getKey()).shortName().in(locale),
				other.getKey(), other.getValue().continuing(locale), Citation.of(catalog, sourceIds, locale));
	}

}
