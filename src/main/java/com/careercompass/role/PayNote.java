package com.careercompass.role;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.PayContext;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What a reader needs to know beside some pay figures, shown with them.
 *
 * @param place the region it concerns within the figures' country, or null
 * @param text the context
 * @param citation its source
 */
@NamedInterface("views")
public record PayNote(@Nullable String place, String text, Citation citation) {

	/** The source as a list, for the citation fragment. */
	public List<Citation> citations() {
		return List.of(this.citation);
	}

	/**
	 * The notes about all of a role's pay, whatever the country.
	 * @param catalog the facts
	 * @param roleSlug the role
	 * @param locale the reader's locale
	 * @return the notes
	 */
	public static List<PayNote> general(Catalog catalog, String roleSlug, Locale locale) {
		return catalog.payContextOf(roleSlug)
			.stream()
			.filter((c) -> c.country() == null)
			.map((c) -> of(catalog, c, locale))
			.toList();
	}

	/**
	 * The notes about a role's pay in one country, its regions included.
	 * @param catalog the facts
	 * @param roleSlug the role
	 * @param country ISO country code
	 * @param locale the reader's locale
	 * @return the notes
	 */
	public static List<PayNote> in(Catalog catalog, String roleSlug, String country, Locale locale) {
		return catalog.payContextOf(roleSlug)
			.stream()
			.filter((c) -> country.equals(c.country()))
			.map((c) -> of(catalog, c, locale))
			.toList();
	}

	private static PayNote of(Catalog catalog, PayContext context, Locale locale) {
		return new PayNote(context.region(), context.text().in(locale),
				Citation.of(catalog, context.sourceId(), locale));
	}

}
