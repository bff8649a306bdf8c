package com.careercompass.role;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.ToolNoteText;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * A role's skills of one kind.
 *
 * @param categoryKey message key of the kind's name
 * @param skills the skills
 */
record SkillGroup(String categoryKey, List<SkillView> skills) {

	static List<SkillGroup> of(Catalog catalog, String roleSlug, Locale locale) {
		Map<SkillCategory, List<SkillView>> byCategory = catalog.skillsOf(roleSlug)
			.stream()
			.collect(Collectors.groupingBy((s) -> s.category(), () -> new TreeMap<>(),
					Collectors.mapping(
							(s) -> SkillView.of(catalog, s, roleSlug,
									sharedWith(catalog, s.roleSlugs(), roleSlug, locale), locale),
							Collectors.toList())));
		return byCategory.entrySet()
			.stream()
			.map((e) -> new SkillGroup(e.getKey().messageKey(), e.getValue()))
			.toList();
	}

	private static List<String> sharedWith(Catalog catalog, Set<String> slugs, String roleSlug, Locale locale) {
		return catalog.roles()
			.stream()
			.filter((r) -> slugs.contains(r.slug()) && !r.slug().equals(roleSlug))
			.sorted(Comparator.comparing(Role::slug))
			.map((r) -> Formats.ofName(r.shortName().in(locale), locale))
			.toList();
	}

	/**
	 * One skill.
	 *
	 * @param id its id, for its anchor ({@code #skill-7})
	 * @param name its name
	 * @param sharedWith the other roles that need it too
	 * @param citations its sources
	 * @param toolNotes our notes on stopped tools it names
	 * @param explanation what the term means, in plain words (ours), or null
	 * @param premium the pay premium a survey reports for it in this role, or null
	 */
	record SkillView(long id, String name, List<String> sharedWith, List<Citation> citations,
			List<ToolNoteText> toolNotes, @Nullable String explanation, @Nullable PremiumView premium) {

		static SkillView of(Catalog catalog, Skill skill, String roleSlug, List<String> sharedWith, Locale locale) {
			PayPremium premium = catalog.premiumFor(roleSlug, skill);
			return new SkillView(skill.id(), skill.name().in(locale), sharedWith,
					Citation.of(catalog, skill.sourceIds(), locale), ToolNoteText.of(skill, locale),
					(skill.explanation() != null) ? skill.explanation().in(locale) : null,
					(premium != null) ? new PremiumView(premium.skill().in(locale), premium.percent(), premium.survey(),
							Citation.of(catalog, premium.sourceId(), locale)) : null);
		}

	}

}
