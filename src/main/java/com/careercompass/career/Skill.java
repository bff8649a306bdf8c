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
 * @param kind core (a technical skill of the job) or general (an aptitude every job asks
 * for): our judgement, by which what to learn first is ordered
 * @param toolNotes our dated notes on tools it names whose development has stopped
 */
public record Skill(long id, LocalizedText name, SkillCategory category, Set<String> roleSlugs, List<String> sourceIds,
		@Nullable LocalizedText explanation, SkillKind kind, List<ToolNote> toolNotes) {

	/** A core skill naming no stopped tool. */
	public Skill(long id, LocalizedText name, SkillCategory category, Set<String> roleSlugs, List<String> sourceIds,
			@Nullable LocalizedText explanation) {
		this(id, name, category, roleSlugs, sourceIds, explanation, SkillKind.CORE, List.of());
	}

	/** Whether it names a tool whose development has stopped. */
	public boolean namesAStoppedTool() {
		return !this.toolNotes.isEmpty();
	}

	public boolean neededBy(String roleSlug) {
		return this.roleSlugs.contains(roleSlug);
	}

	/**
	 * The code of a skill id, as forms, addresses and the API write it: the id in base
	 * 36.
	 * @param id the skill's id
	 * @return its code
	 */
	public static String code(long id) {
		return Long.toString(id, Character.MAX_RADIX);
	}

	/** Where the profile of a role lists this skill. */
	public String profileHref(String roleSlug) {
		return "/roles/" + roleSlug + "#skill-" + this.id;
	}

	/**
	 * Where the profile of a role lists this skill, with the way back to the result that
	 * links there (the profile shows it beside the highlighted skill).
	 * @param roleSlug the role
	 * @param back the result's address within the site
	 * @return the address
	 */
	public String profileHref(String roleSlug, String back) {
		return withBack(profileHref(roleSlug), back);
	}

	/**
	 * A profile address ({@code /roles/x#skill-n}) with its way back replaced.
	 * @param href a profile address, with or without a way back
	 * @param back the result's address within the site
	 * @return the address
	 */
	public static String withBack(String href, String back) {
		int hash = href.indexOf('#');
		String fragment = (hash >= 0) ? href.substring(hash) : "";
		String path = (hash >= 0) ? href.substring(0, hash) : href;
		int query = path.indexOf('?');
		path = (query >= 0) ? path.substring(0, query) : path;
		return path + "?back=" + java.net.URLEncoder.encode(back, java.nio.charset.StandardCharsets.UTF_8) + fragment;
	}

}
