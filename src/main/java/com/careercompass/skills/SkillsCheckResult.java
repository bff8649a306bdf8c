package com.careercompass.skills;

import java.util.List;

import com.careercompass.learning.Route;
import java.util.Locale;
import java.util.Map;

import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.SkillCategory;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * A skills check, before any wording: for each role, in the order shown, what the ticks
 * cover and what is left to learn.
 *
 * @param ticks what was ticked
 * @param roles each role's result, the one asked for first
 * @param lean which role the ticks point to, and how clearly ({@link SkillsCheck#lean})
 * @param first the slug of the role asked to be shown first, or null
 * @param wasCarried whether it was read from an address of an earlier version, by today's
 * rule
 */
public record SkillsCheckResult(Ticks ticks, List<RoleResult> roles, Lean lean, @Nullable String first,
		boolean wasCarried) {

	SkillsCheckResult(Ticks ticks, List<RoleResult> roles, Lean lean, @Nullable String first) {
		this(ticks, roles, lean, first, false);
	}

	/** The same result, read from an address of an earlier version. */
	SkillsCheckResult carried() {
		return new SkillsCheckResult(this.ticks, this.roles, this.lean, this.first, true);
	}

	/** This result's address. */
	public String sharePath() {
		return SkillsCheckService.resultPath(this.ticks, this.first);
	}

	/**
	 * The plan made from this result (the plan reads the skills check's version from
	 * {@code skills}, its ticks as here; the role first shown is the plan's to choose).
	 */
	public String planPath() {
		String query = sharePath().substring(sharePath().indexOf('?') + 1);
		return "/plan?" + java.util.Arrays.stream(query.split("&"))
			.filter((p) -> !p.startsWith("first="))
			.map((p) -> p.startsWith("v=") ? "skills=" + p.substring(2) : p)
			.collect(java.util.stream.Collectors.joining("&"));
	}

	/** The form, filled with these ticks. */
	public String editPath() {
		return SkillsCheckService.formPath(this.ticks, this.first);
	}

	/** The message key of the sentence that says where the ticks lean. */
	public String sentenceKey() {
		return "skills.result.lean." + this.lean.strength().name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The sentence's arguments: for the role it names first (the one leaned to, or the
	 * first shown) and then the other, the short name, ticked, listed and percent
	 * covered; then how many of the skills only each lists were ticked; then, for each,
	 * how many skills only it lists and the percent of those ticked.
	 * @param locale the language of the names
	 * @return the fourteen arguments
	 */
	public Object[] sentenceArgs(Locale locale) {
		Role lean = this.lean.role();
		RoleResult x = (lean != null && this.roles.get(1).role().equals(lean)) ? this.roles.get(1) : this.roles.get(0);
		RoleResult y = (x == this.roles.get(0)) ? this.roles.get(1) : this.roles.get(0);
		return new Object[] { Formats.ofName(x.role().shortName().in(locale), locale), x.overall().have(),
				x.overall().total(), x.overall().percent(), Formats.ofName(y.role().shortName().in(locale), locale),
				y.overall().have(), y.overall().total(), y.overall().percent(), x.onlyHere(), y.onlyHere(),
				x.distinct().total(), x.distinct().percent(), y.distinct().total(), y.distinct().percent() };
	}

	/**
	 * Which role the ticks point to.
	 *
	 * @param strength how clearly
	 * @param role the role, or null when they point to neither
	 */
	public record Lean(Strength strength, @Nullable Role role) {
	}

	/** How clearly the ticks point to one role. */
	public enum Strength {

		/** Nothing ticked. */
		NOTHING_TICKED,

		/** Every skill of both lists ticked: the lists cannot tell the roles apart. */
		ALL,

		/** About as close to both, overall and on the skills only one role lists. */
		EVEN,

		/**
		 * Overall coverage less than 10 points apart, the skills only one role lists 10
		 * points or more in its favour.
		 */
		SLIGHT,

		/**
		 * Overall coverage 10 points or more ahead for one role, the skills only one role
		 * lists not against it.
		 */
		CLEAR,

		/**
		 * Overall coverage 10 points or more ahead for one role, the skills only the
		 * other lists 10 points or more ahead for the other: between the two.
		 */
		MIXED,

		/**
		 * Overall coverage 10 points or more ahead for one role, through skills both list
		 * only: nothing ticked belongs to one role alone.
		 */
		SHARED_ONLY

	}

	/**
	 * One role's result.
	 *
	 * @param role the role
	 * @param overall coverage of all its listed skills
	 * @param byKind coverage per kind of skill, in the profiles' order; kinds it lists no
	 * skill of are left out
	 * @param route what to learn for it, in stages (docs/learning.md)
	 * @param otherPremiums pay premiums a survey reports for the role on skills that are
	 * not on its list
	 * @param distinct coverage of the skills listed for this role and no other checked
	 * role
	 */
	public record RoleResult(Role role, Coverage overall, Map<SkillCategory, Coverage> byKind, Route route,
			List<PayPremium> otherPremiums, Coverage distinct) {

		/** How many ticked skills are listed for this role and no other checked role. */
		public int onlyHere() {
			return this.distinct.have();
		}

	}

}
