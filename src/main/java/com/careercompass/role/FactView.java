package com.careercompass.role;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.RoleFact;

import org.springframework.modulith.NamedInterface;

/**
 * A sentence with the sources it comes from.
 *
 * @param text the sentence in the reader's language
 * @param citations its sources
 */
@NamedInterface("views")
public record FactView(String text, List<Citation> citations) {

	public static List<FactView> of(Catalog catalog, List<RoleFact> facts, Locale locale) {
		return facts.stream()
			.map((f) -> new FactView(f.text().in(locale), Citation.of(catalog, f.sourceIds(), locale)))
			.toList();
	}

}
