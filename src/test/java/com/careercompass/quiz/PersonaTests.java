package com.careercompass.quiz;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Written personas answer the real quiz (questions and weights as migrated) and get the
 * recommendation the model is designed to give them (docs/quiz.md), for the reasons it is
 * designed to give.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ QuizService.class, com.careercompass.career.CatalogService.class })
class PersonaTests {

	@Autowired
	QuizService service;

	Quiz quiz;

	@BeforeEach
	void load() {
		this.quiz = this.service.quiz();
	}

	@Test
	void quizHasTwelveStatementsOneBackgroundQuestionAndFourScoredRoles() {
		assertThat(this.quiz.statements()).hasSize(12);
		assertThat(this.quiz.questions()).hasSize(13);
		assertThat(this.quiz.scoredRoles()).containsExactly("machine-learning-engineer", "data-scientist",
				"software-engineer", "ai-engineer");
		assertThat(this.quiz.statements()).allSatisfy((q) -> assertThat(q.weights()).hasSize(4));
	}

	@Test
	void statisticianWhoLovesPresentingIsADataScientist() {
		QuizResult result = score("stats", "present=5 production=2 statistics=5 software=2 dataset=4 performance=1"
				+ " deeplearning=3 business=5 languages=1 sql=4 mlfocus=3 gpu=1");
		assertThat(result.recommended()).isEqualTo("data-scientist");
		assertThat(result.closeCall()).isFalse();
		assertThat(result.reasons()).extracting(QuizResult.Reason::code).contains("present", "statistics", "business");
	}

	@Test
	void analystAtHomeInSqlIsADataScientist() {
		QuizResult result = score("analysis", "present=4 production=2 statistics=4 software=2 dataset=3"
				+ " performance=2 deeplearning=2 business=4 languages=2 sql=5 mlfocus=3 gpu=2");
		assertThat(result.recommended()).isEqualTo("data-scientist");
		assertThat(result.reasons()).extracting(QuizResult.Reason::code).contains("sql");
	}

	@Test
	void backendDeveloperWhoWantsToShipModelsIsAnMlEngineer() {
		QuizResult result = score("software", "present=2 production=5 statistics=2 software=5 dataset=2"
				+ " performance=5 deeplearning=3 business=2 languages=4 sql=2 mlfocus=4 gpu=3");
		assertThat(result.recommended()).isEqualTo("machine-learning-engineer");
		assertThat(result.reasons()).extracting(QuizResult.Reason::code).contains("production", "performance");
		assertThat(result.whyLower()).as("ML focus is what sets ML Engineer above the runner-up")
			.extracting(QuizResult.Reason::code)
			.isNotEmpty();
	}

	@Test
	void deepLearningAndGpuEnthusiastIsAnAiEngineerWithMlEngineerNext() {
		QuizResult result = score("other", "present=2 production=3 statistics=3 software=3 dataset=2"
				+ " performance=4 deeplearning=5 business=2 languages=3 sql=1 mlfocus=5 gpu=5");
		assertThat(result.recommended()).isEqualTo("ai-engineer");
		assertThat(result.runnerUp()).isEqualTo("machine-learning-engineer");
		assertThat(result.reasons()).extracting(QuizResult.Reason::code).contains("deeplearning", "mlfocus");
		assertThat(result.whyLower()).extracting(QuizResult.Reason::code).contains("deeplearning");
	}

	@Test
	void developerWithNoInterestInMlIsASoftwareEngineer() {
		QuizResult result = score("software", "present=2 production=3 statistics=1 software=5 dataset=2"
				+ " performance=4 deeplearning=1 business=2 languages=5 sql=3 mlfocus=1 gpu=3");
		assertThat(result.recommended()).isEqualTo("software-engineer");
		assertThat(result.reasons()).extracting(QuizResult.Reason::code).contains("software", "languages", "mlfocus");
	}

	@Test
	void someoneWhoAgreesWithEverythingGetsNoRecommendation() {
		QuizResult result = score("other", "present=5 production=5 statistics=5 software=5 dataset=5 performance=5"
				+ " deeplearning=5 business=5 languages=5 sql=5 mlfocus=5 gpu=5");
		assertThat(result.hasRecommendation()).isFalse();
		assertThat(result.matches()).extracting(QuizResult.Match::percent).containsOnly(50);
	}

	@Test
	void someoneNeutralEverywhereGetsNoRecommendation() {
		QuizResult result = score("stats", "present=3 production=3 statistics=3 software=3 dataset=3 performance=3"
				+ " deeplearning=3 business=3 languages=3 sql=3 mlfocus=3 gpu=3");
		assertThat(result.hasRecommendation()).isFalse();
	}

	@Test
	void aGeneralistWhoLikesBothSidesIsACloseCall() {
		QuizResult result = score("other", "present=4 production=4 statistics=4 software=3 dataset=3 performance=3"
				+ " deeplearning=4 business=4 languages=2 sql=3 mlfocus=5 gpu=3");
		assertThat(result.closeCall()).isTrue();
		assertThat(result.matches().get(0).percent() - result.matches().get(1).percent())
			.isLessThan(QuizScorer.CLOSE_CALL);
		assertThat(result.recommended()).isNotNull();
		assertThat(result.runnerUp()).isNotNull();
	}

	private QuizResult score(String background, String answers) {
		Map<String, String> values = new HashMap<>();
		for (String pair : answers.split(" ")) {
			String[] kv = pair.split("=");
			values.put(kv[0], kv[1]);
		}
		values.put("background", background);
		assertThat(values).hasSize(this.quiz.questions().size());
		return QuizScorer.score(this.quiz, new Answers(this.quiz.version(), values));
	}

}
