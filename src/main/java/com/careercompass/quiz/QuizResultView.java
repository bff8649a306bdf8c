package com.careercompass.quiz;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;

import org.springframework.lang.Nullable;

/**
 * A quiz result in the reader's language.
 *
 * @param matches every scored role's match, best first
 * @param recommended the recommended role, or null when the answers do not lean
 * @param runnerUp the closest alternative
 * @param closeCall whether the top two are close
 * @param weakSignal whether the answers vary little
 * @param reasons why the recommendation
 * @param whyLower why the runner-up ranked lower
 * @param nextSteps skills to learn first
 * @param stepsFrom the role whose skills the next steps are, when not the recommended one
 * @param unscored roles of the catalog the quiz does not score
 * @param sharePath this result's address
 * @param editPath the form, filled with these answers
 */
public record QuizResultView(List<MatchView> matches, @Nullable MatchView recommended, @Nullable MatchView runnerUp,
		boolean closeCall, boolean weakSignal, List<ReasonView> reasons, List<ReasonView> whyLower,
		List<Step> nextSteps, @Nullable String stepsFrom, List<String> unscored, String sharePath, String editPath) {

	private static final int MAX_STEPS = 6;

	public static QuizResultView of(Catalog catalog, Quiz quiz, Answers answers, QuizResult result, Locale locale) {
		List<MatchView> matches = result.matches()
			.stream()
			.map((m) -> MatchView.of(catalog.role(m.slug()), m.percent(), m.slug().equals(result.recommended()),
					locale))
			.toList();
		MatchView recommended = result.hasRecommendation() ? matches.get(0) : null;
		MatchView runnerUp = result.hasRecommendation() ? matches.get(1) : null;
		String stepsRole = null;
		List<Step> steps = List.of();
		if (result.hasRecommendation()) {
			Set<SkillCategory> covered = quiz.question("background")
				.flatMap((q) -> q.options()
					.stream()
					.filter((o) -> o.code().equals(answers.values().get("background")))
					.findFirst())
				.map(Question.Option::covers)
				.orElse(Set.of());
			String from = catalog.skillsOf(result.recommended()).isEmpty() ? result.runnerUp() : result.recommended();
			String other = from.equals(result.recommended()) ? result.runnerUp() : result.recommended();
			steps = catalog.skillsOf(from)
				.stream()
				.sorted(Comparator.comparing((Skill s) -> s.neededBy(other))
					.thenComparing((s) -> covered.contains(s.category())))
				.limit(MAX_STEPS)
				.map((s) -> new Step(s.name().in(locale), s.category()))
				.toList();
			stepsRole = from.equals(result.recommended()) ? null : catalog.role(from).shortName().in(locale);
		}
		List<String> unscored = catalog.roles()
			.stream()
			.filter((r) -> !quiz.scoredRoles().contains(r.slug()))
			.map((r) -> r.name().in(locale))
			.toList();
		String share = answers.resultPath(quiz);
		return new QuizResultView(matches, recommended, runnerUp, result.closeCall(), result.weakSignal(),
				reasons(quiz, result.reasons(), locale), reasons(quiz, result.whyLower(), locale), steps, stepsRole,
				unscored, share, answers.formPath(quiz));
	}

	private static List<ReasonView> reasons(Quiz quiz, List<QuizResult.Reason> reasons, Locale locale) {
		return reasons.stream()
			.map((r) -> new ReasonView(r.code(), r.answer(), quiz.question(r.code()).orElseThrow().text().in(locale),
					"quiz.scale." + r.answer(), r.points()))
			.toList();
	}

	/**
	 * A role's match.
	 *
	 * @param slug the role
	 * @param name its name
	 * @param shortName its short name
	 * @param percent the match
	 * @param recommended whether it is the recommendation
	 */
	public record MatchView(String slug, String name, String shortName, int percent, boolean recommended) {

		static MatchView of(Role role, int percent, boolean recommended, Locale locale) {
			return new MatchView(role.slug(), role.name().in(locale), role.shortName().in(locale), percent,
					recommended);
		}

	}

	/**
	 * A statement and what it weighed.
	 *
	 * @param code the statement's code
	 * @param answer the answer given, 1 to 5
	 * @param statement the statement
	 * @param answerKey message key of the answer given
	 * @param points its weight in match points
	 */
	public record ReasonView(String code, int answer, String statement, String answerKey, int points) {
	}

	/**
	 * A skill to learn.
	 *
	 * @param name the skill
	 * @param category its kind
	 */
	public record Step(String name, SkillCategory category) {

		/** The message key of its kind. */
		public String categoryKey() {
			return this.category.messageKey();
		}

	}

}
