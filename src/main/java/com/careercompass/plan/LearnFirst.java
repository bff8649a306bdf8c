package com.careercompass.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.careercompass.career.Skill;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.skills.SkillsResultView;

import org.jspecify.annotations.Nullable;

/**
 * A plan's first things to learn: the quiz's next steps for the role (from what the
 * person said), leaving out the skills they ticked, then the skills check's first skills,
 * up to {@link Plan#LEARN}, each with its reason.
 */
final class LearnFirst {

	private LearnFirst() {
	}

	/**
	 * @param quiz the quiz result, or null
	 * @param role the plan's role
	 * @param skills the skills check's side for the role, or null
	 * @param ticked the codes of the skills ticked
	 * @param back the plan's address: each step's link leads back to it
	 * @return the steps
	 */
	static List<Plan.Step> of(@Nullable QuizResultView quiz, String role, SkillsResultView.@Nullable RoleView skills,
			Set<String> ticked, String back) {
		List<Plan.Step> learn = new ArrayList<>();
		Set<String> seen = new HashSet<>(ticked);
		if (quiz != null && (role.equals(quiz.result().lean()) || quiz.result().lean() == null)) {
			for (QuizResultView.StepView step : quiz.nextSteps()) {
				if (learn.size() < Plan.LEARN && seen.add(step.code())) {
					learn.add(new Plan.Step(step.name(), Skill.withBack(step.href(), back),
							(step.because() != null) ? "plan.learn.because" : "plan.learn.named",
							(step.because() != null) ? step.because() : step.sources(), step.premiumPercent(),
							step.premiumSurvey(), step.citations(), step.toolNotes()));
				}
			}
		}
		if (skills != null) {
			for (SkillsResultView.LearnView item : skills.top()) {
				if (learn.size() < Plan.LEARN && seen.add(item.code())) {
					learn.add(new Plan.Step(item.name(), Skill.withBack(item.href(), back), "plan.learn.named",
							item.sources(), item.premiumPercent(), item.premiumSurvey(), item.citations(),
							item.toolNotes()));
				}
			}
		}
		return List.copyOf(learn);
	}

}
