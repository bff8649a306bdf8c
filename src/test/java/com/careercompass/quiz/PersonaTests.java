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
			// first the skills behind what they agreed with, then the general order: core
			// skills before aptitudes
			List<Boolean> fromAnswers = steps.stream().map((s) -> s.because() == null).toList();
			assertThat(fromAnswers).as("steps from the answers first").isSorted();
			assertThat(steps.stream().filter((s) -> s.because() == null).map((s) -> s.skill().kind()).toList())
				.as("core skills before aptitudes in the general order")
				.isSorted();
			assertThat(steps).filteredOn((s) -> s.because() != null)
				.allSatisfy((s) -> assertThat(persona.answers(this.quiz.version()).agreement(s.because().code()))
					.as("a step from an answer comes from an agreement")
					.isGreaterThanOrEqualTo(4));
			assertThat(steps.subList(0, Math.min(5, steps.size())))
				.as("no stopped tool among the first five steps of " + persona.name)
				.noneMatch((s) -> s.skill().namesAStoppedTool());
		}
	}

	/**
	 * Next steps from what each person said (issue 24): the same verdict, different
	 * agreements, different lists; each step from an answer says which; what a background
	 * brings is never a step.
	 */
	@Test
	void nextStepsFollowWhatEachPersonSaidNotOnlyTheirVerdict() {
		Map<String, List<String>> firsts = new java.util.LinkedHashMap<>();
		for (Persona persona : List.of(Personas.backendDeveloper(), Personas.platformBuilder(),
				Personas.realTimeEngineer())) {
			Answers answers = persona.answers(this.quiz.version());
			QuizResult result = QuizScorer.score(this.quiz, answers);
			assertThat(result.lean()).as(persona.name).isEqualTo(Personas.MLE);
			List<NextSteps.Step> steps = NextSteps.rank(this.catalog, this.quiz, answers, Personas.MLE, Personas.DS,
					this.catalog.skillsOf(Personas.MLE));
			System.out.printf("Next steps | %s | %s%n", persona.name,
					steps.stream().map((s) -> s.skill().name().en()).toList());
			firsts.put(persona.name, steps.stream().map((s) -> s.skill().name().en()).limit(3).toList());
			assertThat(steps.get(0).because()).as(persona.name + ": the first step comes from an answer").isNotNull();
		}
		assertThat(java.util.Set.copyOf(firsts.values())).as("three people, three different starts: " + firsts)
			.hasSize(firsts.size());
		// a statistician who uses R every day is not told to learn R or statistics
		Answers statistician = Personas.statistician().answers(this.quiz.version());
		assertThat(NextSteps.rank(this.catalog, this.quiz, statistician, Personas.DS, Personas.MLE,
				this.catalog.skillsOf(Personas.DS)))
			.extracting((s) -> s.skill().name().en())
			.doesNotContain("R", "Statistics");
		// a backend developer is not told to learn software engineering or Git
		Answers backend = Personas.backendDeveloper().answers(this.quiz.version());
		assertThat(NextSteps.rank(this.catalog, this.quiz, backend, Personas.MLE, Personas.DS,
				this.catalog.skillsOf(Personas.MLE)))
			.extracting((s) -> s.skill().name().en())
			.doesNotContain("Software engineering and software architecture", "Data structures", "Linux / Unix");
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
