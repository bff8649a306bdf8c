package com.careercompass.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.LocalizedText;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The scoring model's properties, on a small quiz made by hand. */
class QuizScorerTests {

	private static final Quiz QUIZ = new Quiz(1, List.of(statement("talk", 2, -2), statement("code", -2, 2),
			statement("maths", 1, 0), statement("ops", -1, 2),
			new Question("background", Question.Kind.CHOICE, new LocalizedText("Bg", "Bg"),
					List.of(new Question.Option("other", new LocalizedText("Other", "Autre"), Set.of())), Map.of())),
			List.of("analyst", "builder"));

	@Test
	void recommendsTheRoleWhoseProfileHasTheSameShape() {
		QuizResult result = QuizScorer.score(QUIZ, answers(5, 1, 4, 2));
		assertThat(result.recommended()).isEqualTo("analyst");
		assertThat(result.runnerUp()).isEqualTo("builder");
		assertThat(result.matches().get(0).percent()).isGreaterThan(90);
		assertThat(result.closeCall()).isFalse();
	}

	@Test
	void agreeingWithEverythingRecommendsNothing() {
		for (int level = 1; level <= 5; level++) {
			QuizResult result = QuizScorer.score(QUIZ, answers(level, level, level, level));
			assertThat(result.hasRecommendation()).isFalse();
			assertThat(result.matches()).extracting(QuizResult.Match::percent).containsOnly(50);
			assertThat(result.reasons()).isEmpty();
		}
	}

	@Test
	void onlyTheShapeCountsNotTheLevel() {
		QuizResult strong = QuizScorer.score(QUIZ, answers(5, 3, 4, 3));
		QuizResult shifted = QuizScorer.score(QUIZ, answers(4, 2, 3, 2));
		assertThat(shifted.matches()).isEqualTo(strong.matches());
	}

	@Test
	void reasonsArePositiveContributionsLargestFirst() {
		QuizResult result = QuizScorer.score(QUIZ, answers(5, 1, 4, 2));
		assertThat(result.reasons()).isNotEmpty();
		assertThat(result.reasons()).extracting(QuizResult.Reason::points).isSortedAccordingTo((a, b) -> b - a);
		assertThat(result.reasons()).allSatisfy((r) -> assertThat(r.points()).isPositive());
		assertThat(result.reasons().get(0).code()).isIn("talk", "code");
		int total = result.reasons().stream().mapToInt(QuizResult.Reason::points).sum();
		assertThat(total).as("the shares add up to the match above 50")
			.isBetween(result.matches().get(0).percent() - 50 - 2, result.matches().get(0).percent() - 50 + 2);
	}

	@Test
	void flagsAnswersThatBarelyVaryAsAWeakSignal() {
		QuizResult result = QuizScorer.score(QUIZ, answers(4, 3, 3, 3));
		assertThat(result.hasRecommendation()).isTrue();
		assertThat(result.weakSignal()).isTrue();
		assertThat(QuizScorer.score(QUIZ, answers(5, 1, 4, 2)).weakSignal()).isFalse();
	}

	@Test
	void resultLinkCarriesEveryAnswerAndTheVersion() {
		Answers answers = answers(5, 1, 4, 2);
		assertThat(answers.resultPath(QUIZ)).isEqualTo("/quiz/result?v=1&talk=5&code=1&maths=4&ops=2&background=other");
		assertThat(answers.formPath(QUIZ)).isEqualTo("/quiz?talk=5&code=1&maths=4&ops=2&background=other");
	}

	private static Answers answers(int talk, int code, int maths, int ops) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("talk", String.valueOf(talk));
		values.put("code", String.valueOf(code));
		values.put("maths", String.valueOf(maths));
		values.put("ops", String.valueOf(ops));
		values.put("background", "other");
		return new Answers(1, values);
	}

	private static Question statement(String code, int analyst, int builder) {
		return new Question(code, Question.Kind.LIKERT, new LocalizedText(code, code), List.of(),
				Map.of("analyst", analyst, "builder", builder));
	}

}
