package com.careercompass.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.Contrast;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.role.FactView;
import com.careercompass.role.OutlookView;
import com.careercompass.role.RoleGlance;
import org.jspecify.annotations.Nullable;

/**
 * The comparison at a glance, one phone screen: each role's outlook headline (with what
 * makes the two incomparable when they are), main education fact, core strengths and
 * typical languages. Like-for-like pay comes from the pay places.
 *
 * @param outlookA the first role's outlook headline, or null
 * @param outlookB the second role's, or null
 * @param outlookDiffers message keys of how the two headlines differ in kind
 * @param educationA the first role's main education fact, or null
 * @param educationB the second role's, or null
 * @param strengths each role's core strengths, as the articles contrast them, or null
 * @param languagesA the languages typical of the first role, or null
 * @param languagesB the languages typical of the second role, or null
 */
record Glance(@Nullable OutlookView outlookA, @Nullable OutlookView outlookB, List<String> outlookDiffers,
		@Nullable FactView educationA, @Nullable FactView educationB, @Nullable Entry strengthsA,
		@Nullable Entry strengthsB, @Nullable Entry languagesA, @Nullable Entry languagesB) {

	/**
	 * The glance of a comparison.
	 * @param catalog the facts
	 * @param c the comparison
	 * @param sourcesFor the articles that name a skill for a role (an article about ML
	 * engineers naming Python says nothing of data scientists)
	 * @param locale the reader's language
	 * @return the glance
	 */
	static Glance of(Catalog catalog, Comparison c, BiFunction<Skill, String, List<String>> sourcesFor, Locale locale) {
		OutlookHeadlines h = OutlookHeadlines.of(c.outlook().a(), c.outlook().b(), catalog.reviewedOn());
		Contrast strengths = contrast(c, Contrast.STRENGTHS);
		Contrast languages = contrast(c, Contrast.LANGUAGES);
		List<Skill> skillsA = Stream.concat(c.skills().shared().stream(), c.skills().onlyA().stream()).toList();
		List<Skill> skillsB = Stream.concat(c.skills().shared().stream(), c.skills().onlyB().stream()).toList();
		return new Glance(outlook(catalog, h.a(), locale), outlook(catalog, h.b(), locale),
				h.differences().stream().sorted().map(OutlookHeadlines.Difference::messageKey).toList(),
				first(catalog, c.education().a(), locale), first(catalog, c.education().b(), locale),
				strengths(catalog, strengths, c.a().slug(), locale),
				strengths(catalog, strengths, c.b().slug(), locale),
				(languages != null) ? side(catalog, languages, c.a().slug(), locale)
						: languages(catalog, skillsA, c.a().slug(), sourcesFor, locale),
				(languages != null) ? side(catalog, languages, c.b().slug(), locale)
						: languages(catalog, skillsB, c.b().slug(), sourcesFor, locale));
	}

	private static @Nullable Contrast contrast(Comparison c, String code) {
		return c.contrasts().stream().filter((x) -> x.code().equals(code)).findFirst().orElse(null);
	}

	private static @Nullable Entry side(Catalog catalog, @Nullable Contrast contrast, String slug, Locale locale) {
		LocalizedText side = (contrast != null) ? contrast.sideOf(slug) : null;
		if (contrast == null || side == null) {
			return null;
		}
		return new Entry(side.in(locale), Citation.of(catalog, contrast.sourceIds(), locale), false);
	}

	/**
	 * The role's side of the core-strengths contrast; without one (it contrasts only some
	 * pairs), what its profile shows: the skills the articles name for it, marked as
	 * such.
	 */
	private static @Nullable Entry strengths(Catalog catalog, @Nullable Contrast contrast, String slug, Locale locale) {
		Entry side = side(catalog, contrast, slug, locale);
		if (side != null) {
			return side;
		}
		RoleGlance.Strengths strengths = RoleGlance.Strengths.of(catalog, slug, locale);
		return (strengths != null) ? new Entry(strengths.text(), strengths.citations(), strengths.fromSkills()) : null;
	}

	/**
	 * Without a contrast on languages, the programming languages the articles name for
	 * the role, marked as such, citing only the articles that name them for this role.
	 */
	private static @Nullable Entry languages(Catalog catalog, List<Skill> skills, String slug,
			BiFunction<Skill, String, List<String>> sourcesFor, Locale locale) {
		List<Skill> languages = skills.stream().filter((s) -> s.category() == SkillCategory.PROGRAMMING).toList();
		if (languages.isEmpty()) {
			return null;
		}
		Set<String> sources = new LinkedHashSet<>();
		languages.forEach((s) -> sources.addAll(sourcesFor.apply(s, slug)));
		List<String> ordered = catalog.sources().stream().map((s) -> s.id()).filter(sources::contains).toList();
		return new Entry(String.join(", ", languages.stream().map((s) -> s.name().in(locale)).toList()),
				Citation.of(catalog, ordered, locale), true);
	}

	private static @Nullable OutlookView outlook(Catalog catalog, @Nullable OutlookFact fact, Locale locale) {
		return (fact != null) ? OutlookView.of(catalog, List.of(fact), locale).get(0) : null;
	}

	private static @Nullable FactView first(Catalog catalog, List<RoleFact> facts, Locale locale) {
		List<RoleFact> ordered = com.careercompass.career.ReaderCountry.first(facts, RoleFact::country, locale);
		return ordered.isEmpty() ? null : FactView.of(catalog, ordered.subList(0, 1), locale).get(0);
	}

	/**
	 * One side of one line.
	 *
	 * @param text what the sources say
	 * @param citations where they say it
	 * @param fromSkills whether it lists the skills the articles name rather than a
	 * contrast they draw
	 */
	record Entry(String text, List<Citation> citations, boolean fromSkills) {
	}

}
