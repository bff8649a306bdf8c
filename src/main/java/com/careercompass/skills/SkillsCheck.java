package com.careercompass.skills;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.skills.SkillsCheckResult.LearnItem;
import com.careercompass.skills.SkillsCheckResult.RoleResult;

import org.jspecify.annotations.Nullable;

/**
 * The skills check's rules (docs/skills-check.md): coverage is the share of a role's
 * listed skills that are ticked; the ticks are called closer to one role only when its
 * share is ahead by {@link #CLOSER_BY} percentage points or more; missing skills are
 * ranked by {@link #LEARN_FIRST}.
 */
public final class SkillsCheck {

	/**
	 * The version of the skill list that addresses are written for. A migration that
	 * changes which skills exist, or which roles list them, raises it.
	 */
	public static final int VERSION = 1;

	/** How many percentage points ahead one role must be to be called closer. */
	public static final int CLOSER_BY = 10;

	/**
	 * What to learn first: skills named by more articles; then those a survey reports a
	 * pay premium for in this role, the larger first; then those the other role lists too
	 * (learning them counts twice); then the skill's id, so that the order never changes
	 * between two requests.
	 */
	static final Comparator<LearnItem> LEARN_FIRST = Comparator
		.comparingInt((LearnItem item) -> -item.skill().sourceIds().size())
		.thenComparingInt((item) -> -((item.premium() != null) ? item.premium().percent() : 0))
		.thenComparing((item) -> item.sharedWith().isEmpty())
		.thenComparingLong((item) -> item.skill().id());

	private SkillsCheck() {
	}

	/**
	 * The roles a skills check compares: those the articles document fully.
	 * @param catalog the facts
	 * @param first the slug of the role to show first, or null for the catalog's order
	 * @return the roles, in the order shown
	 */
	public static List<Role> roles(Catalog catalog, @Nullable String first) {
		List<Role> roles = new ArrayList<>(catalog.roles().stream().filter((r) -> !r.partial()).toList());
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
	 * Checks ticks against each role's listed skills.
	 * @param catalog the facts
	 * @param roles the roles, in the order to show them
	 * @param ticks what was ticked
	 * @return the result
	 */
	public static SkillsCheckResult check(Catalog catalog, List<Role> roles, Ticks ticks) {
		List<RoleResult> results = roles.stream().map((role) -> result(catalog, roles, role, ticks)).toList();
		return new SkillsCheckResult(ticks, results, closer(results));
	}

	private static RoleResult result(Catalog catalog, List<Role> roles, Role role, Ticks ticks) {
		List<Skill> listed = catalog.skillsOf(role.slug());
		Map<SkillCategory, Coverage> byKind = new EnumMap<>(SkillCategory.class);
		for (SkillCategory kind : SkillCategory.values()) {
			List<Skill> ofKind = listed.stream().filter((s) -> s.category() == kind).toList();
			if (!ofKind.isEmpty()) {
				byKind.put(kind, Coverage.of(ofKind, ticks));
			}
		}
		List<LearnItem> missing = listed.stream()
			.filter((s) -> !ticks.have().contains(s.id()))
			.map((s) -> new LearnItem(s, catalog.premiumFor(role.slug(), s),
					roles.stream().filter((r) -> r != role && s.neededBy(r.slug())).toList()))
			.sorted(LEARN_FIRST)
			.toList();
		List<PayPremium> other = catalog.premiumsOffList(role.slug());
		return new RoleResult(role, Coverage.of(listed, ticks), byKind, missing, other);
	}

	/**
	 * The role the ticks are clearly closer to: with two roles, the one whose share is
	 * ahead by {@link #CLOSER_BY} points or more, compared exactly (in whole numbers,
	 * before any rounding): 5 of 10 against 4 of 10 is 10 points.
	 */
	static @Nullable Role closer(List<RoleResult> results) {
		if (results.size() != 2 || results.stream().allMatch((r) -> r.overall().have() == 0)) {
			return null;
		}
		RoleResult a = results.get(0);
		RoleResult b = results.get(1);
		// 100 × (ha/ta − hb/tb) ≥ CLOSER_BY, multiplied out by ta × tb.
		long gap = 100L
				* ((long) a.overall().have() * b.overall().total() - (long) b.overall().have() * a.overall().total());
		long bound = (long) CLOSER_BY * a.overall().total() * b.overall().total();
		if (Math.abs(gap) < bound) {
			return null;
		}
		return (gap > 0) ? a.role() : b.role();
	}

}
