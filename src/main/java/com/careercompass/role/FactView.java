package com.careercompass.role;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.RoleFact;
import com.careercompass.system.format.Formats;
import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A sentence with the sources it comes from.
 *
 * @param text the sentence in the reader's language
 * @param citations its sources
 * @param countryCode the one country (ISO 3166-1 alpha-2) it is about, where the article
 * gives it for one country only, or null
 * @param country that country named in the reader's language (a mark: "United States
 * only"), or null
 */
@NamedInterface("views")
public record FactView(String text, List<Citation> citations, @Nullable String countryCode, @Nullable String country) {

	public FactView(String text, List<Citation> citations) {
		this(text, citations, null, null);
	}

	public static List<FactView> of(Catalog catalog, List<RoleFact> facts, Locale locale) {
		return facts.stream()
			.map((f) -> new FactView(f.text().in(locale), Citation.of(catalog, f.sourceIds(), locale), f.country(),
					(f.country() != null) ? Formats.country(f.country(), locale) : null))
			.toList();
	}

}
