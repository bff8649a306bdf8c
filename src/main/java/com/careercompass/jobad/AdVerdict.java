package com.careercompass.jobad;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.FactKind;
import com.careercompass.career.Role;
import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillKind;
import com.careercompass.learning.LearningData;
import com.careercompass.learning.LearningRoute;

import org.jspecify.annotations.Nullable;

/**
 * Which of the two jobs an ad describes (docs/job-ad.md, "Which job an ad describes").
 * Each role is scored by the share of its own list the ad asks for: the abilities only
 * that role lists (a family of skills once, aptitudes left out: every job asks for them)
 * and its responsibilities. Shares, never raw counts, so a long list does not win by
 * length. A substantial part of each role's own work ({@link #BOTH_ITEMS} items and
 * {@link #BOTH_FROM} percent of its list, each), and the ad is read as both; otherwise
 * the role whose share is more than {@link #CLOSER_BY} points ahead, when it rests on at
 * least {@link #MIN_ITEMS} of its items (how clearly: {@link #strength}); otherwise too
 * little to tell.
 *
 * @param call which it is
 * @param role the role, when the ad describes one
 * @param strength how clearly, when it describes one
 * @param sides each full role's evidence, in the catalog's order
 * @param titled the role the ad's title names, or null
 */
public record AdVerdict(Call call, @Nullable Role role, Strength strength, List<Side> sides, @Nullable Role titled) {

	/** The fewest of its own items a role named by the reading rests on. */
	public static final int MIN_ITEMS = 2;

	/** How many points apart the two shares must be for one role to be named. */
	public static final int CLOSER_BY = 3;

	/**
	 * How many of its own items each role needs for an ad to be read as both: one stray
	 * item (an engineer who keeps stakeholders informed) does not make a hybrid.
	 */
	public static final int BOTH_ITEMS = 2;

	/**
	 * The share (percent) of its own list each role must reach for an ad to be read as
	 * both.
	 */
	public static final int BOTH_FROM = 5;

	/**
	 * How many times the other role's share the named role's must be for "clearly" (with
	 * {@link #CLEAR_ITEMS} items): the evidence is one-sided and there is enough of it.
	 */
	public static final int CLEAR_TIMES = 3;

	/** The fewest of its own items "clearly" rests on. */
	public static final int CLEAR_ITEMS = 4;

	/** How many times the other role's share is "mostly" (below: slightly). */
	public static final int MODERATE_TIMES = 2;

	/** What the reading says. */
	public enum Call {

		/** The ad describes one role. */
		ROLE,

		/** The ad asks substantially for both roles' work. */
		BOTH,

		/** The ad says too little of either role's own work to tell. */
		UNCLEAR

	}

	/** How clearly the ad describes the role. */
	public enum Strength {

		CLEAR, MODERATE, SLIGHT, NONE

	}

	/**
	 * One role's evidence in an ad.
	 *
	 * @param role the role
	 * @param skills the role's own abilities the ad asks for (each by the skill it named)
	 * @param skillTotal how many own abilities the role has
	 * @param duties the role's responsibilities the ad describes
	 * @param dutyTotal how many responsibilities the role has
	 */
	public record Side(Role role, List<Skill> skills, int skillTotal, List<RoleFact> duties, int dutyTotal) {

		/** How many of the role's own items the ad names. */
		public int items() {
			return this.skills.size() + this.duties.size();
		}

		/** The share of the role's own items the ad names, in whole percent. */
		public int percent() {
			int total = this.skillTotal + this.dutyTotal;
			return (total == 0) ? 0 : (int) Math.round(100.0 * items() / total);
		}

	}

	/** Whether the title names a role other than the one the ad describes. */
	public boolean misleadingTitle() {
		return this.titled != null && this.call == Call.ROLE && this.role != null
				&& !this.titled.slug().equals(this.role.slug());
	}

	/**
	 * Reads what an ad names.
	 * @param catalog the facts
	 * @param data the learning route's data (its skill families)
	 * @param skills the listed skills the ad names
	 * @param duties the responsibilities it describes
	 * @param titled the role its title names, or null
	 * @return the verdict
	 */
	static AdVerdict of(Catalog catalog, LearningData data, Set<Long> skills, Set<RoleFact> duties,
			@Nullable Role titled) {
		List<Role> roles = catalog.fullRoles();
		Set<Long> named = data.withFamilies(skills);
		List<Side> sides = new ArrayList<>();
		for (Role role : roles) {
			List<List<Skill>> own = own(catalog, data, roles, role);
			List<Skill> hit = own.stream()
				.filter((a) -> a.stream().anyMatch((s) -> named.contains(s.id())))
				.map((a) -> a.stream().filter((s) -> skills.contains(s.id())).findFirst().orElse(a.get(0)))
				.toList();
			List<RoleFact> roleDuties = catalog.factsOf(role.slug(), FactKind.RESPONSIBILITY);
			sides.add(new Side(role, hit, own.size(), roleDuties.stream().filter(duties::contains).toList(),
					roleDuties.size()));
		}
		if (sides.size() != 2) {
			return new AdVerdict(Call.UNCLEAR, null, Strength.NONE, sides, titled);
		}
		Side a = sides.get(0);
		Side b = sides.get(1);
		int gap = a.percent() - b.percent();
		if (a.items() >= BOTH_ITEMS && b.items() >= BOTH_ITEMS && Math.min(a.percent(), b.percent()) >= BOTH_FROM) {
			return new AdVerdict(Call.BOTH, null, Strength.NONE, sides, titled);
		}
		if (Math.abs(gap) <= CLOSER_BY) {
			return new AdVerdict(Call.UNCLEAR, null, Strength.NONE, sides, titled);
		}
		Side ahead = (gap > 0) ? a : b;
		if (ahead.items() < MIN_ITEMS) {
			return new AdVerdict(Call.UNCLEAR, null, Strength.NONE, sides, titled);
		}
		Side behind = (gap > 0) ? b : a;
		return new AdVerdict(Call.ROLE, ahead.role(), strength(ahead, behind), sides, titled);
	}

	/**
	 * How clearly: by how one-sided the evidence is (the shares' ratio, as the points
	 * between two short shares say little: 7% against 0% is all one way) and how much of
	 * it there is.
	 */
	static Strength strength(Side ahead, Side behind) {
		int share = ahead.percent();
		int other = behind.percent();
		if (ahead.items() >= CLEAR_ITEMS && share >= CLEAR_TIMES * other) {
			return Strength.CLEAR;
		}
		return (share >= MODERATE_TIMES * other) ? Strength.MODERATE : Strength.SLIGHT;
	}

	/**
	 * The abilities only this role lists, aptitudes left out: what tells it apart from
	 * the other full roles.
	 */
	static List<List<Skill>> own(Catalog catalog, LearningData data, List<Role> roles, Role role) {
		Set<Long> shared = new HashSet<>();
		for (Role other : roles) {
			if (!other.slug().equals(role.slug())) {
				LearningRoute.abilities(catalog, data, List.of(role.slug(), other.slug()))
					.forEach((a) -> a.forEach((s) -> shared.add(s.id())));
			}
		}
		return LearningRoute.abilities(catalog, data, List.of(role.slug()))
			.stream()
			.filter((a) -> a.stream().noneMatch((s) -> shared.contains(s.id())))
			.filter((a) -> a.stream().anyMatch((s) -> s.kind() != SkillKind.GENERAL))
			.toList();
	}

}
