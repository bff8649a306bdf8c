package com.careercompass.learning;

import java.util.List;

import com.careercompass.career.PayPremium;
import com.careercompass.career.Skill;

import org.jspecify.annotations.Nullable;

/**
 * What a person lacks for a role (or for what two roles share), in the order to learn it
 * (docs/learning.md).
 *
 * @param roles the role, or the two roles whose shared ground this is
 * @param known what the route was made from
 * @param languages the programming languages the person has ticked (the foundation is met
 * by any of them, or by a background that brings one)
 * @param steps what to learn, first first: at most one foundation step, then the core,
 * then the specialisms
 * @param aptitudes the aptitudes the role asks for, listed apart, never as steps
 */
public record Route(List<String> roles, Known known, List<Skill> languages, List<Step> steps, List<Skill> aptitudes) {

	/** Whether the person already has a programming language. */
	public boolean languageMet() {
		return this.known.language() || !this.languages.isEmpty();
	}

	/** Whether the route is what two roles share. */
	public boolean shared() {
		return this.roles.size() > 1;
	}

	/**
	 * One thing to learn.
	 *
	 * @param skill the skill named (for a family, the member the articles name most for
	 * the role)
	 * @param stage its stage
	 * @param family the family it stands for, or null
	 * @param members the family's members the role lists (the skill alone otherwise)
	 * @param alternatives for the foundation, the other languages that would do as well
	 * @param evidence how many of the articles on the role name it
	 * @param premium the largest pay premium a survey reports for it in the role, or null
	 * @param enjoyed the statement the person agreed with that leads here, or null
	 */
	public record Step(Skill skill, Stage stage, @Nullable Family family, List<Skill> members, List<Skill> alternatives,
			int evidence, @Nullable PayPremium premium, @Nullable Enjoyment enjoyed) {
	}

}
