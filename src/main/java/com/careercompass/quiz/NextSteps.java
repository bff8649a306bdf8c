package com.careercompass.quiz;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;

import org.jspecify.annotations.Nullable;

/**
 * What to learn first for a role, after a quiz (docs/quiz.md, "Next steps"): the role's
 * skills that the answers did not already show an interest in, skills of categories the
 * person's background covers last, then ranked by how many articles name the skill, by
 * the pay premium a survey reports for it, and shared with the other role first (it
 * serves both paths); ties keep the catalog's order.
 */
public final class NextSteps {

	/** At most this many steps. */
	public static final int MAX = 6;

	private NextSteps() {
	}

	/**
	 * The ranked steps.
	 * @param catalog the facts
	 * @param quiz the quiz
	 * @param answers the answers
	 * @param role the role to learn for
	 * @param other the other scored role
	 * @param skills which skills to consider (the role's, or the shared ones)
	 * @return at most {@link #MAX} steps, first to learn first
	 */
	static List<Step> rank(Catalog catalog, Quiz quiz, Answers answers, String role, String other, List<Skill> skills) {
		Set<Long> shown = shown(quiz, answers);
		Set<SkillCategory> covered = covered(quiz, answers);
		return skills.stream()
			.filter((skill) -> !shown.contains(skill.id()))
			.map((skill) -> new Step(skill, catalog.premiumFor(role, skill), skill.neededBy(other)))
			.sorted(Comparator.comparing((Step step) -> step.skill().kind())
				.thenComparing((step) -> step.skill().namesAStoppedTool())
				.thenComparing((step) -> covered.contains(step.skill().category()))
				.thenComparing((step) -> -step.skill().sourceIds().size())
				.thenComparing((step) -> -((step.premium() != null) ? step.premium().percent() : 0))
				.thenComparing((step) -> !step.shared()))
			.limit(MAX)
			.toList();
	}

	/** Skills the statements agreed with (4 or 5) already show an interest in. */
	static Set<Long> shown(Quiz quiz, Answers answers) {
		Set<Long> shown = new HashSet<>();
		for (Question q : quiz.statements()) {
			if (answers.agreement(q.code()) >= 4) {
				shown.addAll(q.shows());
			}
		}
		return shown;
	}

	private static Set<SkillCategory> covered(Quiz quiz, Answers answers) {
		return quiz.questions()
			.stream()
			.filter((q) -> !q.likert())
			.flatMap((q) -> q.options().stream().filter((o) -> o.code().equals(answers.values().get(q.code()))))
			.flatMap((o) -> o.covers().stream())
			.collect(java.util.stream.Collectors.toSet());
	}

	/**
	 * A skill to learn.
	 *
	 * @param skill the skill
	 * @param premium the pay premium a survey reports for it in this role, if any
	 * @param shared whether the other role needs it too
	 */
	public record Step(Skill skill, @Nullable PayPremium premium, boolean shared) {
	}

}
