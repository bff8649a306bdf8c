package com.careercompass.skills;

import java.util.List;
import java.util.Map;

import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;

import org.jspecify.annotations.Nullable;

/**
 * A skills check, before any wording: for each role, in the order shown, what the ticks
 * cover and what is left to learn.
 *
 * @param ticks what was ticked
 * @param roles each role's result, the one asked for first
 * @param closer the role the ticks are clearly closer to ({@link SkillsCheck#CLOSER_BY}
 * points or more), or null when they are about as close to both or nothing is ticked
 */
public record SkillsCheckResult(Ticks ticks, List<RoleResult> roles, @Nullable Role closer) {

	/**
	 * One role's result.
	 *
	 * @param role the role
	 * @param overall coverage of all its listed skills
	 * @param byKind coverage per kind of skill, in the profiles' order; kinds it lists no
	 * skill of are left out
	 * @param learnFirst its skills not ticked, first to learn first
	 * @param otherPremiums pay premiums a survey reports for the role on skills that are
	 * not on its list
	 */
	public record RoleResult(Role role, Coverage overall, Map<SkillCategory, Coverage> byKind,
			List<LearnItem> learnFirst, List<PayPremium> otherPremiums) {
	}

	/**
	 * A skill to learn.
	 *
	 * @param skill the skill
	 * @param premium the pay premium a survey reports for it in this role, or null
	 * @param sharedWith the other checked roles that list it too
	 */
	public record LearnItem(Skill skill, @Nullable PayPremium premium, List<Role> sharedWith) {
	}

}
