package com.careercompass.skills;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.learning.Known;
import com.careercompass.learning.LearningData;
import com.careercompass.learning.LearningRoute;
import com.careercompass.learning.Route;
import com.careercompass.skills.SkillsCheckResult.Lean;
import com.careercompass.skills.SkillsCheckResult.RoleResult;
import com.careercompass.skills.SkillsCheckResult.Strength;

import org.jspecify.annotations.Nullable;

/**
 * The skills check's rules (docs/skills-check.md): coverage is the share of a role's
 * listed skills that are ticked; the ticks lean to a role by the skills only it lists
 * ({@link #lean}); what to learn is the learning route (docs/learning.md). Skills are
 * counted as abilities: a family of skills the articles word differently counts once.
 */
public final class SkillsCheck {

	/**
	 * The version of the result that addresses are written for: raised by a migration
	 * that changes which skills exist or which roles list them, and by a change of the
	 * reading (2: the lean compares shares of the lists; 3: a family of skills the
	 * articles word differently counts once).
	 */
	public static final int VERSION = 3;

	/**
	 * Earlier versions whose addresses still read: their skill codes mean what they
	 * meant; the result says it reads them by today's rule.
	 */
	public static final java.util.Set<Integer> STILL_READ = java.util.Set.of(1, 2);

	/**
	 * How many percentage points apart two coverages must be for the reading to tell them
	 * apart.
	 */
	public static final int CLOSER_BY = 10;

	private SkillsCheck() {
	}

	/**
	 * The roles a skills check compares: those the articles document fully.
	 * @param catalog the facts
	 * @param first the slug of the role to show first, or null for the catalog's order
	 * @return the roles, in the order shown
	 */
	public static List<Role> roles(Catalog catalog, @Nullable String first) {
		List<Role> roles = new ArrayList<>(catalog.fullRoles());
		roles.sort(Comparator.comparing((Role r) -> !r.slug().equals(first)));
		return List.copyOf(roles);
	}

	/**
	 * The skills of the given roles, in the catalog's order.
	 * @param catalog the facts
	 * @param roles the roles
	 * @return every skill at least one of them lists
	 */
	public static List<Skill> skills(Catalog catalog, List<Role> roles) {
		return catalog.skills().stream().filter((s) -> roles.stream().anyMatch((r) -> s.neededBy(r.slug()))).toList();
	}

	/**
	 * Checks ticks against each checked role's listed skills.
	 * @param catalog the facts
	 * @param first the slug of the role to show first, or null
	 * @param ticks what was ticked
	 * @return the result
	 */
	public static SkillsCheckResult check(Catalog catalog, LearningData data, @Nullable String first, Ticks ticks) {
		List<Role> roles = roles(catalog, first);
		List<RoleResult> results = roles.stream().map((role) -> result(catalog, data, roles, role, ticks)).toList();
		return new SkillsCheckResult(ticks, results, lean(results), first);
	}

	/**
	 * One role's side: coverage counts abilities, a family once (a ticked member gives
	 * the family); its distinct abilities are those no other checked role lists any
	 * member of; what to learn is the role's route from the ticks.
	 */
	private static RoleResult result(Catalog catalog, LearningData data, List<Role> roles, Role role, Ticks ticks) {
		List<List<Skill>> abilities = LearningRoute.abilities(catalog, data, List.of(role.slug()));
		Set<Long> have = data.withFamilies(ticks.have());
		Set<Long> work = data.withFamilies(ticks.work());
		Map<SkillCategory, Coverage> byKind = new EnumMap<>(SkillCategory.class);
		for (SkillCategory kind : SkillCategory.values()) {
			List<List<Skill>> ofKind = abilities.stream().filter((a) -> a.get(0).category() == kind).toList();
			if (!ofKind.isEmpty()) {
				byKind.put(kind, Coverage.of(ofKind, have, work));
			}
		}
		Set<Long> shared = new HashSet<>();
		for (Role other : roles) {
			if (other != role) {
				LearningRoute.abilities(catalog, data, List.of(role.slug(), other.slug()))
					.forEach((a) -> a.forEach((s) -> shared.add(s.id())));
			}
		}
		List<List<Skill>> distinct = abilities.stream()
			.filter((a) -> a.stream().noneMatch((s) -> shared.contains(s.id())))
			.toList();
		Route route = LearningRoute.of(catalog, data, List.of(role.slug()), Known.ticked(ticks.have()), Map.of());
		return new RoleResult(role, Coverage.of(abilities, have, work), byKind, route,
				catalog.premiumsOffList(role.slug()), Coverage.of(distinct, have, work));
	}

	/**
	 * Which role the ticks point to (docs/skills-check.md, "Which role the ticks lean
	 * to"). Everything is compared as shares of a list, never as raw counts, so that the
	 * same ticks read the same whatever the lists' lengths: overall coverage of each
	 * role's list, and coverage of the skills only that role lists (its distinct skills).
	 * A role is named as closer only when its overall coverage is ahead by
	 * {@link #CLOSER_BY} points or more; when the distinct skills point the other way by
	 * as much, or when none of the ticks is distinct, the reading says so instead. With
	 * overall coverage closer than that, the distinct skills alone give a slight lean,
	 * again when {@link #CLOSER_BY} points apart.
	 * @param results the two roles' results
	 * @return the lean
	 */
	static Lean lean(List<RoleResult> results) {
		if (results.stream().allMatch((r) -> r.overall().have() == 0)) {
			return new Lean(Strength.NOTHING_TICKED, null);
		}
		if (results.size() != 2) {
			return new Lean(Strength.EVEN, null);
		}
		RoleResult a = results.get(0);
		RoleResult b = results.get(1);
		if (a.overall().missing() == 0 && b.overall().missing() == 0) {
			return new Lean(Strength.ALL, null);
		}
		boolean aAhead = aheadBy(a.overall(), b.overall(), CLOSER_BY);
		if (aAhead || aheadBy(b.overall(), a.overall(), CLOSER_BY)) {
			RoleResult higher = aAhead ? a : b;
			RoleResult lower = aAhead ? b : a;
			if (higher.distinct().have() == 0 && lower.distinct().have() == 0) {
				return new Lean(Strength.SHARED_ONLY, higher.role());
			}
			return new Lean(distinctAhead(lower, higher) ? Strength.MIXED : Strength.CLEAR, higher.role());
		}
		if (distinctAhead(a, b)) {
			return new Lean(Strength.SLIGHT, a.role());
		}
		if (distinctAhead(b, a)) {
			return new Lean(Strength.SLIGHT, b.role());
		}
		return new Lean(Strength.EVEN, null);
	}

	/**
	 * Whether x's distinct skills are covered {@link #CLOSER_BY} points more than y's;
	 * never when either role lists no distinct skill (there is nothing to compare).
	 */
	private static boolean distinctAhead(RoleResult x, RoleResult y) {
		return x.distinct().total() > 0 && y.distinct().total() > 0 && aheadBy(x.distinct(), y.distinct(), CLOSER_BY);
	}

	/**
	 * Whether one coverage is ahead of another by at least some percentage points,
	 * compared in whole numbers: 5 of 10 against 4 of 10 is 10 points.
	 */
	static boolean aheadBy(Coverage x, Coverage y, int points) {
		// 100 × (hx/tx − hy/ty) ≥ points, multiplied out by tx × ty.
		long gap = 100L * ((long) x.have() * y.total() - (long) y.have() * x.total());
		return gap >= (long) points * x.total() * y.total();
	}

}
