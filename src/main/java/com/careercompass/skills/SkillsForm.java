package com.careercompass.skills;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.ToolNoteText;

import org.jspecify.annotations.Nullable;

/**
 * The form: every skill of the checked roles, grouped by kind as on the profiles, with
 * what could be read from the address already ticked.
 *
 * @param version the skill list's version, sent with the form
 * @param first the role to show first on the result, or null
 * @param groups the skills by kind
 * @param dropped how many values of the address could not be read
 * @param focused how many skills are highlighted (the quiz's next steps)
 */
public record SkillsForm(int version, @Nullable String first, List<Group> groups, int dropped, int focused) {

	static SkillsForm of(Catalog catalog, SkillsLink.Reading reading, Locale locale) {
		List<Role> roles = SkillsCheck.roles(catalog, null);
		List<Skill> skills = SkillsCheck.skills(catalog, roles);
		Ticks ticks = reading.ticks();
		List<Group> groups = java.util.Arrays.stream(SkillCategory.values())
			.map((kind) -> new Group(kind.messageKey(), skills.stream()
				.filter((s) -> s.category() == kind)
				.map((s) -> new Item(Ticks.code(s.id()), s.name().in(locale),
						(s.explanation() != null) ? s.explanation().in(locale) : null, roleNames(roles, s, locale),
						ticks.have().contains(s.id()), ticks.work().contains(s.id()), ToolNoteText.of(s, locale),
						reading.focus().contains(s.id())))
				.toList()))
			.filter((group) -> !group.skills().isEmpty())
			.toList();
		return new SkillsForm(SkillsCheck.VERSION, reading.first(), groups, reading.dropped(),
				(int) skills.stream().filter((s) -> reading.focus().contains(s.id())).count());
	}

	private static String roleNames(List<Role> roles, Skill skill, Locale locale) {
		return roles.stream()
			.filter((r) -> skill.neededBy(r.slug()))
			.map((r) -> r.shortName().in(locale))
			.collect(Collectors.joining(" · "));
	}

	/**
	 * The skills of one kind.
	 *
	 * @param kindKey the message key of the kind's name
	 * @param skills its skills, in the catalog's order
	 */
	public record Group(String kindKey, List<Item> skills) {
	}

	/**
	 * One skill's line.
	 *
	 * @param code the skill's code in addresses (its id in base 36)
	 * @param name its name
	 * @param explanation what the term means, or null
	 * @param roles the short names of the roles that list it
	 * @param have whether "I can already do this" is ticked
	 * @param work whether "I have used it at work" is ticked
	 * @param toolNotes our notes on stopped tools it names
	 * @param focus whether it is highlighted (one of the quiz's next steps)
	 */
	public record Item(String code, String name, @Nullable String explanation, String roles, boolean have, boolean work,
			List<ToolNoteText> toolNotes, boolean focus) {
	}

}
