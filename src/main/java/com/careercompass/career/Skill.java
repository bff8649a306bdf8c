package com.careercompass.career;

import java.util.List;
import java.util.Set;

/**
 * A skill and the roles the articles tie it to.
 *
 * @param id stable identifier
 * @param name the skill's name
 * @param category its kind
 * @param roleSlugs the roles that need it; more than one means shared
 * @param sourceIds the articles that name it
 */
public record Skill(long id, LocalizedText name, SkillCategory category, Set<String> roleSlugs,
		List<String> sourceIds) {

	public boolean neededBy(String roleSlug) {
		return this.roleSlugs.contains(roleSlug);
	}

}
