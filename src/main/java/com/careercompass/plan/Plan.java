package com.careercompass.plan;

import java.util.List;

import com.careercompass.career.Citation;
import com.careercompass.career.ToolNoteText;
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
 * @param basis why the plan is for this role: QUIZ (the quiz leans to it), SKILLS (the
 * skills check does), CHOSEN (the reader chose it) or NONE (neither leans: the first
 * role)
 * @param quiz the quiz result, or null
 * @param skills the skills-check result, or null
 * @param skillsForRole the skills check's side for this role, or null
 * @param learn the first things to learn, with their reasons
 * @param pay the role's headline pay in each country
 * @param payHere the headline in the chosen country, or null when the role has no pay
 * figure
 * @param wayIn how people get into the role (the first education facts)
 * @param quizPath the quiz result to reopen, or null
 * @param skillsPath the skills-check result to reopen, or null
 * @param path this plan's address, without language
 * @param params this plan's address without its role and country, for the link that
 * changes the role
 * @param keep this plan's parameters but the country, for the form that changes it
 */
public record Plan(Role role, Role other, String basis, @Nullable QuizResultView quiz,
		@Nullable SkillsResultView skills, SkillsResultView.@Nullable RoleView skillsForRole, List<Step> learn,
		List<PayHeadline> pay, @Nullable PayHeadline payHere, List<FactView> wayIn, @Nullable String quizPath,
		@Nullable String skillsPath, String path, String params, List<Param> keep) {

	/** At most this many things to learn. */
	public static final int LEARN = 5;

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
	 * A thing to learn, and why it is on the list.
	 *
	 * @param name the skill
	 * @param href its place on the role's profile
	 * @param reasonKey the message key of the reason
	 * @param reasonArg the reason's argument: the statement agreed with, or how many
	 * articles name the skill
	 * @param premium the premium text's percent, or null
	 * @param premiumSurvey its survey, or null
	 * @param citations the articles that name it
	 * @param toolNotes our notes on stopped tools it names
	 */
	public record Step(String name, String href, String reasonKey, Object reasonArg, @Nullable Integer premium,
			@Nullable String premiumSurvey, List<Citation> citations, List<ToolNoteText> toolNotes) {
	}

}
