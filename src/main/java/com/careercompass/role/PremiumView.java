package com.careercompass.role;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;

import org.springframework.modulith.NamedInterface;

/**
 * A skill linked to higher pay.
 *
 * @param skill the skill
 * @param percent the premium in percent
 * @param survey the survey that measured it
 * @param citation the article that reports it
 */
@NamedInterface("views")
public record PremiumView(String skill, int percent, String survey, Citation citation) {

	/** The source as a list, for the citation fragment. */
	public List<Citation> citations() {
		return List.of(this.citation);
	}

	public static List<PremiumView> of(Catalog catalog, String roleSlug, Locale locale) {
		return catalog.premiumsOf(roleSlug)
			.stream()
			.map((p) -> new PremiumView(p.skill().in(locale), p.percent(), p.survey(),
					Citation.of(catalog, p.sourceId(), locale)))
			.toList();
	}

}
