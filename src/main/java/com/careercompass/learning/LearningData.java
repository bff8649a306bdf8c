package com.careercompass.learning;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillKind;

import org.jspecify.annotations.Nullable;

/**
 * The route's editorial data (migration V19), read once at start like the catalog.
 *
 * @param families the families of skills
 * @param routes each technical skill's stage, order and piece of work
 * @param starts free places to start, by skill
 * @param articles the articles that write about each role, by role slug
 * @param trials one small trial of each full role's work, by role slug
 * @param startsChecked when the places to start were last checked
 */
public record LearningData(List<Family> families, Map<Long, SkillRoute> routes, Map<Long, Start> starts,
		Map<String, Set<String>> articles, Map<String, LocalizedText> trials, LocalDate startsChecked) {

	/**
	 * Route data with no editorial choices, for a hand-made catalog: every technical
	 * skill in the core, in the catalog's order, no family, no place to start, and every
	 * article writing about every role.
	 * @param catalog the facts
	 * @return the data
	 */
	public static LearningData plain(Catalog catalog) {
		Map<Long, SkillRoute> routes = new java.util.HashMap<>();
		List<Skill> skills = catalog.skills();
		for (int i = 0; i < skills.size(); i++) {
			if (skills.get(i).kind() == SkillKind.CORE) {
				routes.put(skills.get(i).id(), new SkillRoute(Stage.CORE, i, new LocalizedText("", "")));
			}
		}
		Set<String> all = Set.copyOf(catalog.sources().stream().map(com.careercompass.career.Source::id).toList());
		Map<String, Set<String>> articles = new java.util.HashMap<>();
		catalog.roles().forEach((r) -> articles.put(r.slug(), all));
		return new LearningData(List.of(), Map.copyOf(routes), Map.of(), Map.copyOf(articles), Map.of(),
				catalog.reviewedOn());
	}

	/** The family a skill belongs to, if any. */
	public Optional<Family> familyOf(long skillId) {
		return this.families.stream().filter((f) -> f.members().contains(skillId)).findFirst();
	}

	/** A skill's place on the route, or null for an aptitude. */
	public @Nullable SkillRoute route(long skillId) {
		return this.routes.get(skillId);
	}

	/** The free place to start a skill, or null when we found none. */
	public @Nullable Start start(long skillId) {
		return this.starts.get(skillId);
	}

	/**
	 * What a person has once families are counted: every skill they have, and every
	 * member of a family they have a member of.
	 * @param have the skills they have
	 * @return the skills they have the ability of
	 */
	public Set<Long> withFamilies(Set<Long> have) {
		Set<Long> all = new HashSet<>(have);
		for (Family family : this.families) {
			if (family.members().stream().anyMatch(have::contains)) {
				all.addAll(family.members());
			}
		}
		return Set.copyOf(all);
	}

	/**
	 * The articles that name a skill for a role: those of its sources that write about
	 * the role; when none does, all its sources (the editorial file ties the skill to the
	 * role through them).
	 * @param skill the skill
	 * @param roleSlug the role
	 * @return the articles' ids
	 */
	public List<String> sourcesFor(Skill skill, String roleSlug) {
		Set<String> about = this.articles.getOrDefault(roleSlug, Set.of());
		List<String> named = skill.sourceIds().stream().filter(about::contains).toList();
		return named.isEmpty() ? skill.sourceIds() : named;
	}

	/**
	 * How many articles name a skill for a role ({@link #sourcesFor}).
	 * @param skill the skill
	 * @param roleSlug the role
	 * @return the count
	 */
	public int evidence(Skill skill, String roleSlug) {
		return sourcesFor(skill, roleSlug).size();
	}

	/**
	 * This data, once checked against the catalog: every technical skill has its place on
	 * the route and no aptitude has one; families name known skills.
	 * @param catalog the facts
	 * @return this data
	 * @throws IllegalStateException naming the rule broken
	 */
	LearningData checked(Catalog catalog) {
		for (Skill skill : catalog.skills()) {
			boolean routed = this.routes.containsKey(skill.id());
			if (routed != (skill.kind() == SkillKind.CORE)) {
				throw new IllegalStateException("Invariant 'every technical skill, and no aptitude, has a stage' broken"
						+ " by skill " + skill.id() + " (" + skill.name().en() + "): see docs/learning.md");
			}
		}
		Set<Long> ids = new HashSet<>(catalog.skills().stream().map(Skill::id).toList());
		this.families.forEach((f) -> {
			if (!ids.containsAll(f.members())) {
				throw new IllegalStateException("Family " + f.name().en() + " names an unknown skill");
			}
		});
		return this;
	}

}
