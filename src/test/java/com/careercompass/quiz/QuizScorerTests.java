package com.careercompass.quiz;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.careercompass.quiz.QuizResult.Strength;
import com.careercompass.quiz.QuizResult.Verdict;
import com.careercompass.support.GeneratedDoc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The model on a small hand-built quiz: three statements for role "a", three for role
 * "b", two for depth; expected values worked out by hand in the comments.
 */
class QuizScorerTests {

	private static final Quiz QUIZ = TestQuizzes.small();

	@Test
	void agreementRunsFromMinusOneToOneAndNotSureIsLeftOut() {
		Map<String, Double> agreement = Agreements.of(QUIZ, answers("a1=1 a2=3 a3=5 b1=0 b2=4 b3=2 d1=3 d2=3"));
		assertThat(agreement).containsEntry("a1", -1.0).containsEntry("a2", 0.0).containsEntry("a3", 1.0);
		assertThat(agreement).doesNotContainKey("b1").containsEntry("b2", 0.5).containsEntry("b3", -0.5);
	}

	@Test
	void aClearLeanNeedsADifferenceOfAtLeastPointNine() {
		// a: (1 + 1 + 0.5) / 3 = 0.833; b: (-0.5 - 0.5 - 0.5) / 3 = -0.5; difference 1.33
		QuizResult result = QuizScorer.score(QUIZ, answers("a1=5 a2=5 a3=4 b1=2 b2=2 b3=2 d1=3 d2=4"));
		assertThat(result.verdict()).isEqualTo(Verdict.LEAN);
		assertThat(result.lean()).isEqualTo("a");
		assertThat(result.strength()).isEqualTo(Strength.CLEAR);
		assertThat(result.affinity().get("a")).isCloseTo(0.833, within(0.001));
		assertThat(result.affinity().get("b")).isCloseTo(-0.5, within(0.001));
		assertThat(result.reasons()).extracting(QuizResult.Reason::code).containsExactly("a1", "a2", "a3", "b1", "b2");
		assertThat(result.against()).isEmpty();
	}

	@Test
	void aSmallDifferenceIsASlightLeanAndASmallerOneNoLean() {
		// a: (0.5 + 0.5 + 0) / 3 = 0.333; b: (0 + 0 - 0.5) / 3 = -0.167: difference 0.5,
		// slight
		QuizResult slight = QuizScorer.score(QUIZ, answers("a1=4 a2=4 a3=3 b1=3 b2=3 b3=2 d1=3 d2=3"));
		assertThat(slight.verdict()).isEqualTo(Verdict.LEAN);
		assertThat(slight.strength()).isEqualTo(Strength.SLIGHT);
		// a: 0.5, b: (0.5 + 0.5 + 0) / 3 = 0.333, both above 0.3: a hybrid, not a lean
		QuizResult hybrid = QuizScorer.score(QUIZ, answers("a1=4 a2=4 a3=4 b1=4 b2=4 b3=3 d1=1 d2=2"));
		assertThat(hybrid.verdict()).isEqualTo(Verdict.HYBRID);
		assertThat(hybrid.lean()).isNull();
	}

	@Test
	void inconsistentAnswersLowerTheStrength() {
		// A difference of 1.33 is clear; when the answers pointing the other way number
		// at
		// least half of those pointing towards the lean, it drops one step.
		assertThat(QuizScorer.strength(1.33, 4, 1)).isEqualTo(Strength.CLEAR);
		assertThat(QuizScorer.strength(1.33, 4, 2)).isEqualTo(Strength.MODERATE);
		assertThat(QuizScorer.strength(0.6, 2, 1)).isEqualTo(Strength.SLIGHT);
		assertThat(QuizScorer.strength(0.4, 2, 2)).as("slight stays slight").isEqualTo(Strength.SLIGHT);
	}

	@Test
	void theSameAnswerEverywhereIsFlatWhateverItIs() {
		for (String value : new String[] { "1", "3", "5" }) {
			QuizResult result = QuizScorer.score(QUIZ,
					answers("a1=v a2=v a3=v b1=v b2=v b3=v d1=v d2=v".replace("v", value)));
			assertThat(result.verdict()).as(value).isEqualTo(Verdict.FLAT);
			assertThat(result.reasons()).isEmpty();
		}
	}

	@Test
	void disagreeingWithMostIsLowInterestNotALean() {
		// a: (-0.5 - 1 - 0.5)/3 = -0.667, b: (-1 - 1 + 0)/3 = -0.667, depth -0.75
		QuizResult result = QuizScorer.score(QUIZ, answers("a1=2 a2=1 a3=2 b1=1 b2=1 b3=3 d1=2 d2=1"));
		assertThat(result.verdict()).isEqualTo(Verdict.LOW_INTEREST);
	}

	@Test
	void tooManyNotSureAnswersGiveNoVerdict() {
		QuizResult result = QuizScorer.score(QUIZ, answers("a1=5 a2=0 a3=0 b1=1 b2=2 b3=1 d1=0 d2=0"));
		assertThat(result.verdict()).isEqualTo(Verdict.TOO_FEW);
		assertThat(result.affinity()).containsOnlyKeys("b");
	}

	@Test
	void neutralAndNotSureAreNeverReasons() {
		// a: (1 + 0 + 0.5) / 3 = 0.5; b: (-1 + 0 - 1) / 3 = -0.667; a2, b2 (neutral), d1,
		// d2 never count
		QuizResult result = QuizScorer.score(QUIZ, answers("a1=5 a2=3 a3=4 b1=1 b2=3 b3=1 d1=3 d2=0"));
		assertThat(result.lean()).isEqualTo("a");
		assertThat(result.reasons()).extracting(QuizResult.Reason::code).containsExactly("a1", "b1", "b3", "a3");
	}

	@Test
	void aNeighbourIsSuggestedFromItsOwnStatements() {
		// n: (d1 + d2) / 2 = (1 + 0.5) / 2 = 0.75 >= 0.6
		QuizResult result = QuizScorer.score(QUIZ, answers("a1=5 a2=4 a3=4 b1=2 b2=2 b3=3 d1=5 d2=4"));
		assertThat(result.neighbours()).containsExactly("n");
		QuizResult not = QuizScorer.score(QUIZ, answers("a1=5 a2=4 a3=4 b1=2 b2=2 b3=3 d1=4 d2=4"));
		assertThat(not.neighbours()).as("0.5 < 0.6").isEmpty();
	}

	@Test
	void aNeutralAnswerToASupportingStatementDoesNotDiluteItsRole() {
		// role "a" has a supporting statement d1 (weight 1 beside its main weight 2):
		// a: (2 + 2 + 2) / 6 = 1 with d1 neutral, not 6 / 7; b mirrored: 1. Same
		// strength.
		Quiz quiz = supportedQuiz();
		QuizResult builder = QuizScorer.score(quiz, answers("a1=5 a2=5 a3=5 b1=3 b2=3 b3=3 d1=3 d2=3"));
		QuizResult analyst = QuizScorer.score(quiz, answers("a1=3 a2=3 a3=3 b1=5 b2=5 b3=5 d1=3 d2=3"));
		assertThat(builder.affinity().get("a")).isCloseTo(1.0, within(0.001));
		assertThat(analyst.affinity().get("b")).isCloseTo(1.0, within(0.001));
		assertThat(builder.lean()).isEqualTo("a");
		assertThat(analyst.lean()).isEqualTo("b");
		assertThat(builder.strength()).isEqualTo(analyst.strength()).isEqualTo(Strength.CLEAR);
		// an opinion on it still counts: (2 + 2 + 2 - 1) / 7
		QuizResult doubter = QuizScorer.score(quiz, answers("a1=5 a2=5 a3=5 b1=3 b2=3 b3=3 d1=1 d2=3"));
		assertThat(doubter.affinity().get("a")).isCloseTo(5.0 / 7, within(0.001));
	}

	@Test
	void strongAgreementWithAMainStatementOfEachSideIsAHybridWithBothReasons() {
		// a: 1/3, b: 1/3, depth 0: weak means, but "strongly agree" on each side
		QuizResult result = QuizScorer.score(QUIZ, answers("a1=5 a2=3 a3=3 b1=5 b2=3 b3=3 d1=3 d2=3"));
		assertThat(result.verdict()).isEqualTo(Verdict.HYBRID);
		assertThat(result.reasons()).extracting(QuizResult.Reason::code).containsExactly("a1", "b1");
		// strong on one side only (a: 1/3, b: 1/6): no lean, each side's agreements shown
		QuizResult one = QuizScorer.score(QUIZ, answers("a1=5 a2=3 a3=3 b1=4 b2=3 b3=3 d1=3 d2=3"));
		assertThat(one.verdict()).isEqualTo(Verdict.NO_LEAN);
		assertThat(one.reasons()).extracting(QuizResult.Reason::towards).contains("a", "b");
	}

	private static Quiz supportedQuiz() {
		List<Question> questions = new ArrayList<>();
		for (String code : new String[] { "a1", "a2", "a3" }) {
			questions.add(TestQuizzes.statement(code, Question.Axis.BUILD, Map.of("a", 2)));
		}
		for (String code : new String[] { "b1", "b2", "b3" }) {
			questions.add(TestQuizzes.statement(code, Question.Axis.ANALYSE, Map.of("b", 2)));
		}
		questions.add(TestQuizzes.statement("d1", Question.Axis.DEPTH, Map.of("a", 1, "n", 1)));
		questions.add(TestQuizzes.statement("d2", Question.Axis.DEPTH, Map.of("n", 1)));
		return new Quiz(1, questions, List.of("a", "b"), List.of("n"));
	}

	private static Answers answers(String text) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String pair : text.split(" ")) {
			String[] kv = pair.split("=");
			values.put(kv[0], kv[1]);
		}
		return new Answers(1, values);
	}

	/**
	 * docs/generated/quiz-verdicts.md: the thresholds the verdict table of docs/quiz.md
	 * names, as the scorer holds them.
	 */
	@Test
	void theVerdictThresholdsAreWrittenFromTheScorer() throws IOException {
		String doc = GeneratedDoc.banner("QuizScorerTests") + """
				# The quiz's verdict thresholds

				Affinities and their difference run from 0 to 1 (docs/quiz.md, "Verdicts").

				| threshold | value | used for |
				|---|---|---|
				| answered statements, at least | %d | a scored role (fewer on either side: `TOO_FEW`) |
				| flat spread, under | %s | `FLAT`: the standard deviation of all agreements |
				| no-lean band, under | %s | `NO_LEAN`, and `FLAT` with the flat spread |
				| low interest, under | %s | `LOW_INTEREST`: both affinities and the depth axis |
				| hybrid interest, at least | %s | `HYBRID`: both affinities |
				| moderate, at least | %s | a **moderate** lean, and the widest difference a `HYBRID` may have |
				| clear, at least | %s | a **clear** lean |
				| neighbouring path, at least | %s | average agreement that suggests a neighbouring path |
				| reasons, at most | %d | statements quoted as reasons, strongest first |
				""".formatted(QuizScorer.MIN_ANSWERED, decimal(QuizScorer.FLAT_SPREAD),
				decimal(QuizScorer.NO_LEAN_BAND), decimal(QuizScorer.MIN_INTEREST), decimal(QuizScorer.HYBRID_INTEREST),
				decimal(QuizScorer.MODERATE), decimal(QuizScorer.CLEAR), decimal(QuizScorer.NEIGHBOUR),
				QuizScorer.MAX_REASONS);
		GeneratedDoc.check(Path.of("docs/generated/quiz-verdicts.md"), "QuizScorerTests", doc);
	}

	private static String decimal(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
