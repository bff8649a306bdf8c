package com.careercompass.plan;

import java.util.List;

import com.careercompass.learning.RouteView;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.role.FactView;
import com.careercompass.role.PayHeadline;
import com.careercompass.skills.SkillsResultView;

import org.jspecify.annotations.Nullable;

/**
 * One page to take away (docs/plan.md): the lean and why, the skills for the role, the
 * five things to learn first with a reason each, pay in a chosen country, the way in, and
 * links back to the results it was made from.
 *
 * @param role the role the plan is for
 * @param other the other role, to make the plan for it instead
 * @param basis why the plan is for this role ({@link PlanBasis.Kind}): CHOSEN, QUIZ,
 * SKILLS, HYBRID (both routes) or NONE (what both roles share)
 * @param quiz the quiz result, or null
 * @param skills the skills-check result, or null
 * @param skillsForRole the skills check's side for this role, or null
 * @param routes what to learn: one route, or two side by side for a hybrid (the higher
 * affinity first), or what both roles share when nothing leans
 * @param trials without a lean, one small trial of each role's work
 * @param both whether the plan is for both roles (a hybrid, or no lean)
 * @param dropped message keys of the parts of the address that could not be read and were
 * left out
 * @param countryUnknown whether the address asked for a country the role has no pay for
 * @param reviewedOn when the facts were last checked
 * @param address this plan's full address, in the reader's language
 * @param pay the role's headline pay in each country
 * @param payHere the headline in the chosen country, or null when the role has no pay
 * figure
 * @param payOther for a plan for both roles, the other role's headline in the same
 * country, or null
 * @param wayIn how people get into the role (the first education facts)
 * @param quizPath the quiz result to reopen, or null
 * @param skillsPath the skills-check result to reopen, or null
 * @param path this plan's address, without language
 * @param params this plan's address without its role and country, for the link that
 * changes the role
 * @param keep this plan's parameters but the country, for the form that changes it
 */
public record Plan(Role role, Role other, String basis, @Nullable QuizResultView quiz,
		@Nullable SkillsResultView skills, SkillsResultView.@Nullable RoleView skillsForRole, List<PlanRoute> routes,
		List<QuizResultView.Trial> trials, boolean both, List<String> dropped, boolean countryUnknown,
		List<PayHeadline> pay, @Nullable PayHeadline payHere, @Nullable PayHeadline payOther, List<FactView> wayIn,
		@Nullable String quizPath, @Nullable String skillsPath, String path, String params, List<Param> keep,
		String reviewedOn, String address) {

	/**
	 * Every article the plan cites, once, in the order of their numbers: the key to the
	 * citation numbers, so that a printed plan explains them.
	 * @return the citations
	 */
	public List<com.careercompass.career.Citation> sources() {
		java.util.Map<Integer, com.careercompass.career.Citation> byNumber = new java.util.TreeMap<>();
		this.routes.forEach((r) -> r.route()
			.steps()
			.forEach((s) -> s.citations().forEach((c) -> byNumber.putIfAbsent(c.number(), c))));
		this.wayIn.forEach((f) -> f.citations().forEach((c) -> byNumber.putIfAbsent(c.number(), c)));
		if (this.payHere != null) {
			byNumber.putIfAbsent(this.payHere.citation().number(), this.payHere.citation());
		}
		return List.copyOf(byNumber.values());
	}

	/**
	 * One parameter of the plan's address.
	 *
	 * @param name its name
	 * @param value its value
	 */
	public record Param(String name, String value) {
	}

	/**
	 * A role, named for the page.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param shortName its short name
	 * @param ofShortName the short name as a noun's complement ("d’ingénieur ML" in
	 * French)
	 */
	public record Role(String slug, String name, String shortName, String ofShortName) {
	}

	/**
	 * A route of the plan.
	 *
	 * @param role the role it leads to (for a shared route, the first of the two)
	 * @param route the route
	 */
	public record PlanRoute(Role role, RouteView route) {
	}

}
