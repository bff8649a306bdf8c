package com.careercompass.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People described by their traits answer the real quiz (questions and weights as
 * migrated) and get the path the design gives them (docs/quiz.md); and no one-step change
 * of one answer flips anyone from one role to the other.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ QuizService.class, com.careercompass.career.CatalogService.class })
class PersonaTests {

	@Autowired
	QuizService service;

	@Autowired
	com.careercompass.career.CatalogService catalogs;

	Quiz quiz;

	com.careercompass.career.Catalog catalog;

	@BeforeEach
	void load() {
		this.quiz = this.service.quiz();
		this.catalog = this.catalogs.catalog();
	}

	@Test
	void quizHasFourteenStatementsOnThreeAxesAndVerdictsBetweenTheTwoFullyDocumentedRoles() {
		assertThat(this.quiz.version()).isEqualTo(2);
		assertThat(this.quiz.statements()).hasSize(14);
		assertThat(this.quiz.questions()).hasSize(15);
		assertThat(this.quiz.scoredRoles()).containsExactly(Personas.MLE, Personas.DS);
		assertThat(this.quiz.neighbourRoles()).contains("ai-engineer", "software-engineer");
		for (Question.Axis axis : Question.Axis.values()) {
			assertThat(this.quiz.statements().stream().filter((q) -> q.axis() == axis)).as(axis.name())
				.hasSizeGreaterThanOrEqualTo(3);
		}
		assertThat(this.quiz.statements()).allSatisfy((q) -> {
			assertThat(q.basis()).as(q.code()).isNotNull();
			assertThat(q.basisSource()).as(q.code()).isNotNull();
		});
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("com.careercompass.quiz.Personas#all")
	void everyPersonaGetsThePathTheDesignGivesThem(Persona persona) {
		assertThat(persona.answers).as("answers every question").hasSize(this.quiz.questions().size());
		QuizResult result = QuizScorer.score(this.quiz, persona.answers(this.quiz.version()));
		System.out.printf("Persona | %s | %s %s %s | %s / %s | %s%n", persona.name, result.verdict(),
				(result.lean() != null) ? result.lean() : "", result.strength(), percent(result, Personas.MLE),
				percent(result, Personas.DS), result.neighbours());
		assertThat(result.verdict()).as(persona.name + " " + result).isIn(persona.verdicts);
		if (persona.lean != null) {
			assertThat(result.lean()).as(persona.name).isEqualTo(persona.lean);
			assertThat(result.reasons()).extracting(QuizResult.Reason::code)
				.as("the reasons name what defines " + persona.name)
				.containsAll(persona.because);
			assertThat(result.reasons()).allSatisfy((r) -> assertThat(r.answer()).isNotIn(0, 3));
			assertThat(result.against()).allSatisfy((r) -> assertThat(r.answer()).isNotIn(0, 3));
		}
		if (persona.neighbour != null) {
			assertThat(result.neighbours()).as(persona.name).contains(persona.neighbour);
		}
		if (result.lean() != null) {
			String other = result.lean().equals(Personas.MLE) ? Personas.DS : Personas.MLE;
			List<NextSteps.Step> steps = NextSteps.rank(this.catalog, this.quiz, persona.answers(this.quiz.version()),
					result.lean(), other, this.catalog.skillsOf(result.lean()));
			assertThat(steps.stream().map((s) -> s.skill().kind()).toList()).as("core skills before aptitudes")
				.isSorted();
			assertThat(steps.subList(0, Math.min(5, steps.size())))
				.as("no stopped tool among the first five steps of " + persona.name)
				.noneMatch((s) -> s.skill().namesAStoppedTool());
		}
	}

	@Test
	void peopleWhoLeanToMlEngineeringAreToldSoAndClearly() {
		for (Persona persona : List.of(Personas.backendDeveloper(), Personas.platformBuilder(),
				Personas.realTimeEngineer())) {
			QuizResult result = QuizScorer.score(this.quiz, persona.answers(this.quiz.version()));
			assertThat(result.lean()).as(persona.name).isEqualTo(Personas.MLE);
			assertThat(result.strength()).as(persona.name)
				.isIn(QuizResult.Strength.MODERATE, QuizResult.Strength.CLEAR);
			assertThat(result.reasons()).extracting(QuizResult.Reason::code)
				.as(persona.name)
				.containsAll(persona.because)
				.isSubsetOf("production", "software", "performance", "platform", "realtime", "gpu", "languages",
						"deeplearning", "mlfocus", "dataset", "statistics", "present", "business", "sql");
		}
	}

	private static String percent(QuizResult result, String role) {
		Double affinity = result.affinity().get(role);
		return (affinity != null) ? String.valueOf(Math.round((affinity + 1) * 50)) : "–";
	}

	/**
	 * Every answer of every persona moved one step up and one step down (within 1 to 5):
	 * the verdict may move to or from "no clear lean", but flips from one role to the
	 * other are counted, and must stay under 10 %.
	 */
	@Test
	void oneStepChangesRarelyFlipTheVerdictFromOneRoleToTheOther() {
		int changes = 0;
		List<String> flips = new ArrayList<>();
		for (Persona persona : Personas.all()) {
			QuizResult base = QuizScorer.score(this.quiz, persona.answers(this.quiz.version()));
			for (Question q : this.quiz.statements()) {
				int answer = Integer.parseInt(persona.answers.get(q.code()));
				if (answer == Question.NOT_SURE) {
					continue;
				}
				for (int step : new int[] { -1, 1 }) {
					int moved = answer + step;
					if (moved < Question.MIN || moved > Question.MAX) {
						continue;
					}
					Map<String, String> values = new java.util.HashMap<>(persona.answers);
					values.put(q.code(), String.valueOf(moved));
					QuizResult changed = QuizScorer.score(this.quiz, new Answers(this.quiz.version(), values));
					changes++;
					if (base.lean() != null && changed.lean() != null && !base.lean().equals(changed.lean())) {
						flips.add(persona.name + ": " + q.code() + " " + answer + "→" + moved);
					}
				}
			}
		}
		System.out.printf("Stability: %d one-step changes, %d flips from one role to the other (%.1f %%)%n", changes,
				flips.size(), 100.0 * flips.size() / changes);
		assertThat(changes).isGreaterThan(300);
		assertThat(flips.size()).as("flips: " + flips).isLessThanOrEqualTo(changes / 10);
	}

}
