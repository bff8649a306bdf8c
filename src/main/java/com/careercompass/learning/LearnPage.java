package com.careercompass.learning;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.ToolNoteText;

import org.jspecify.annotations.Nullable;

/**
 * What the page of one skill shows: what it is, where it sits, why each role needs it
 * (cited), where to start and a piece of work that shows it.
 *
 * @param code the skill's code
 * @param name its name
 * @param explanation what the term means (ours), or null
 * @param stage its stage, or null for an aptitude
 * @param family its family's name (ours), or null
 * @param familyMembers the family's members
 * @param familyNote why we group them
 * @param needs each role that lists it, with the articles that name it for the role
 * @param start where to start, or null
 * @param proof the piece of work that shows it (ours), or null for an aptitude
 * @param toolNotes our notes on stopped tools it names
 * @param profileHref its place on the first role's profile (with the way back, when there
 * is one)
 */
public record LearnPage(String code, String name, @Nullable String explanation, @Nullable Stage stage,
		@Nullable String family, List<String> familyMembers, @Nullable String familyNote, List<Need> needs,
		RouteView.@Nullable StartView start, @Nullable String proof, List<ToolNoteText> toolNotes, String profileHref) {

	/**
	 * The address of a skill's page.
	 * @param skill the skill
	 * @param role the role whose route links there
	 * @param back the address of the result that links there
	 * @return the address within the site
	 */
	public static String href(Skill skill, String role, String back) {
		return "/learn/" + Skill.code(skill.id()) + "?role=" + role + "&back="
				+ URLEncoder.encode(back, StandardCharsets.UTF_8);
	}

	static LearnPage of(Catalog catalog, LearningData data, Skill skill, @Nullable String first, @Nullable String back,
			Locale locale) {
		List<Need> needs = catalog.fullRoles()
			.stream()
			.filter((r) -> skill.neededBy(r.slug()))
			.sorted(java.util.Comparator.comparing((Role r) -> !r.slug().equals(first)))
			.map((r) -> Need.of(catalog, data, skill, r, locale))
			.toList();
		Family family = data.familyOf(skill.id()).orElse(null);
		SkillRoute place = data.route(skill.id());
		String profileRole = needs.isEmpty() ? catalog.roles().get(0).slug() : needs.get(0).slug();
		return new LearnPage(Skill.code(skill.id()), skill.name().in(locale),
				(skill.explanation() != null) ? skill.explanation().in(locale) : null,
				(place != null) ? place.stage() : null, (family != null) ? family.name().in(locale) : null,
				(family != null) ? RouteView.afterColon(family.members()
					.stream()
					.map((id) -> catalog.skills().stream().filter((s) -> s.id() == id).findFirst().orElseThrow())
					.map(Skill::name)
					.toList(), locale) : List.of(),
				(family != null) ? family.note().in(locale) : null, needs,
				RouteView.StartView.of(data.start(skill.id()), locale),
				(place != null) ? place.proof().in(locale) : null, ToolNoteText.of(skill, locale),
				(back != null) ? skill.profileHref(profileRole, back) : skill.profileHref(profileRole));
	}

	/**
	 * A role that lists the skill.
	 *
	 * @param slug the role
	 * @param name its short name
	 * @param evidence how many of the articles on the role name the skill
	 * @param citations those articles
	 * @param premiumPercent a pay premium reported for it in the role, or null
	 * @param premiumSurvey its survey
	 */
	public record Need(String slug, String name, int evidence, List<Citation> citations,
			@Nullable Integer premiumPercent, @Nullable String premiumSurvey) {

		static Need of(Catalog catalog, LearningData data, Skill skill, Role role, Locale locale) {
			List<String> sources = data.sourcesFor(skill, role.slug());
			var premium = catalog.premiumFor(role.slug(), skill);
			return new Need(role.slug(), role.shortName().in(locale), sources.size(),
					Citation.of(catalog, sources, locale), (premium != null) ? premium.percent() : null,
					(premium != null) ? premium.survey() : null);
		}

	}

}
