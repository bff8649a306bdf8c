package com.careercompass.career;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A skill and the roles the articles tie it to.
 *
 * @param id stable identifier
 * @param name the skill's name
 * @param category its kind
 * @param roleSlugs the roles that need it; more than one means shared
 * @param sourceIds the articles that name it
 * @param explanation what the term means, in plain words (the portal's own, not a fact
 * from the articles), or null when the name explains itself
 */
public record Skill(long id, LocalizedText name, SkillCategory category, Set<String> roleSlugs, List<String> sourceIds,
		@Nullable LocalizedText explanation) {

	public boolean neededBy(String roleSlug) {
		return this.roleSlugs.contains(roleSlug);
	}

	/** Where the profile of a role lists this skill. */
	public String profileHref(String roleSlug) {
		return "/roles/" + roleSlug + "#skill-" + this.id;
	}

}
