package com.careercompass.quiz;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Skill;

import org.jspecify.annotations.Nullable;

/**
 * What to learn first for a role, after a quiz (docs/quiz.md, "Next steps"), from what
 * the person said: first the role's skills behind the statements they agreed with (the
 * strongest agreement first), each saying which statement it comes from; then the role's
 * other skills in the skills check's general order (core before general, more articles
 * first, a pay premium, shared with the other role). A skill naming a tool whose
 * development has stopped comes after all others. Skills their background already brings
 * are left out. Two people with the same verdict and different agreements get different
 * lists.
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
		Set<Long> brought = brought(quiz, answers);
		Map<Long, Question> because = because(quiz, answers);
		return skills.stream()
			.filter((skill) -> !brought.contains(skill.id()))
			.map((skill) -> new Step(skill, catalog.premiumFor(role, skill), skill.neededBy(other),
					because.get(skill.id())))
			.sorted(Comparator.comparing((Step step) -> step.skill().namesAStoppedTool())
				.thenComparing((step) -> step.because() == null)
				.thenComparing((step) -> (step.because() != null) ? -answers.agreement(step.because().code()) : 0)
				.thenComparing((step) -> step.skill().kind())
				.thenComparing((step) -> -step.skill().sourceIds().size())
				.thenComparing((step) -> -((step.premium() != null) ? step.premium().percent() : 0))
				.thenComparing((step) -> !step.shared()))
			.limit(MAX)
			.toList();
	}

	/**
	 * For each skill behind a statement the person agreed with (4 or 5), the statement,
	 * the most strongly agreed first, then in the quiz's order.
	 */
	static Map<Long, Question> because(Quiz quiz, Answers answers) {
		Map<Long, Question> because = new LinkedHashMap<>();
		quiz.statements()
			.stream()
			.filter((q) -> answers.agreement(q.code()) >= 4)
			.sorted(Comparator.comparing((Question q) -> -answers.agreement(q.code())))
			.forEach((q) -> q.shows().forEach((id) -> because.putIfAbsent(id, q)));
		return because;
	}

	/** Skills the chosen background already brings. */
	private static Set<Long> brought(Quiz quiz, Answers answers) {
		Set<Long> brought = new HashSet<>();
		quiz.questions()
			.stream()
			.filter((q) -> !q.likert())
			.flatMap((q) -> q.options().stream().filter((o) -> o.code().equals(answers.values().get(q.code()))))
			.forEach((o) -> brought.addAll(o.brings()));
		return brought;
	}

	/**
	 * A skill to learn.
	 *
	 * @param skill the skill
	 * @param premium the pay premium a survey reports for it in this role, if any
	 * @param shared whether the other role needs it too
	 * @param because the statement the person agreed with that it stands behind, or null
	 * when it comes from the general order
	 */
	public record Step(Skill skill, @Nullable PayPremium premium, boolean shared, @Nullable Question because) {
	}

}
