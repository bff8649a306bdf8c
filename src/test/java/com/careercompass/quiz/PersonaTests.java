package com.careercompass.quiz;

import com.careercompass.learning.Route;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.GeneratedDoc;
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
@Import({ QuizService.class, com.careercompass.career.CatalogService.class,
		com.careercompass.career.data.CatalogRows.Reader.class, com.careercompass.learning.LearningService.class })
@AlsoOnPostgres
class PersonaTests {

	private static final String DOC = "docs/quiz.md";

	@Autowired
	QuizService service;

	@Autowired
	com.careercompass.learning.LearningService learning;

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
			assertThat(q.basisSources()).as(q.code()).isNotEmpty();
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
		if (!persona.strengths.isEmpty()) {
			assertThat(result.strength()).as(persona.name + " " + result).isIn(persona.strengths);
		}
		if (result.verdict() == QuizResult.Verdict.HYBRID) {
			assertThat(result.reasons()).extracting(QuizResult.Reason::towards)
				.as("a hybrid's reasons show each side: " + persona.name)
				.contains(Personas.MLE, Personas.DS);
			assertThat(result.reasons()).extracting(QuizResult.Reason::code).containsAll(persona.because);
		}
		if (persona.neighbour != null) {
			assertThat(result.neighbours()).as(persona.name).contains(persona.neighbour);
		}
		if (result.lean() != null) {
			Answers answers = persona.answers(this.quiz.version());
			Route route = this.learning.route(List.of(result.lean()), QuizRoute.known(this.quiz, answers),
					QuizRoute.enjoyed(this.quiz, answers));
			assertThat(route.steps()).as("a route for " + persona.name).isNotEmpty();
			assertThat(route.steps()).extracting(Route.Step::stage).as("stages in order").isSorted();
			assertThat(route.steps()).as("what the background brings is never a step")
				.noneMatch((s) -> route.known().brought().contains(s.skill().id()));
			assertThat(route.steps()).as("aptitudes are never steps")
				.noneMatch((s) -> s.skill().kind() == com.careercompass.career.SkillKind.GENERAL);
		}
	}

	@Test
	void peopleWhoLeanToMlEngineeringAreToldSoAndClearly() {
		for (Persona persona : List.of(BuildPersonas.backendDeveloper(), BuildPersonas.platformBuilder(),
				BuildPersonas.realTimeEngineer())) {
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

	/**
	 * Mirrored answers: the same intensity on the build side as on the analyse side, the
	 * depth statements alike, get the same verdict and strength, for their own role.
	 */
	@Test
	void mirroredAnswersGetTheSameStrengthForTheirRole() {
		int pairs = 0;
		for (int own = 4; own <= 5; own++) {
			for (int other = 1; other <= 3; other++) {
				// the building and analysing statements mirrored, depth neutral or not
				// sure;
				// then every statement of each role mirrored (depth counts for ML
				// Engineer)
				List<Answers[]> mirrors = List.of(new Answers[] { byAxis(own, other, 3), byAxis(other, own, 3) },
						new Answers[] { byAxis(own, other, Question.NOT_SURE), byAxis(other, own, Question.NOT_SURE) },
						new Answers[] { byRole(own, other), byRole(other, own) });
				for (Answers[] mirror : mirrors) {
					QuizResult builder = QuizScorer.score(this.quiz, mirror[0]);
					QuizResult analyst = QuizScorer.score(this.quiz, mirror[1]);
					String what = "own " + own + ", other " + other + ": " + mirror[0].values();
					assertThat(builder.lean()).as(what).isEqualTo(Personas.MLE);
					assertThat(analyst.lean()).as(what).isEqualTo(Personas.DS);
					assertThat(analyst.strength()).as(what).isEqualTo(builder.strength());
					pairs++;
				}
			}
		}
		assertThat(pairs).isEqualTo(18);
	}

	/**
	 * Every building statement answered {@code build}, every analysing one
	 * {@code analyse}, the depth ones {@code depth}.
	 */
	private Answers byAxis(int build, int analyse, int depth) {
		Map<String, String> values = new java.util.HashMap<>();
		for (Question q : this.quiz.statements()) {
			int answer = switch (q.axis()) {
				case BUILD -> build;
				case ANALYSE -> analyse;
				case DEPTH -> depth;
			};
			values.put(q.code(), String.valueOf(answer));
		}
		values.put("background", "other");
		return new Answers(this.quiz.version(), values);
	}

	/**
	 * Every statement that counts for ML Engineer answered {@code mle}, every one for
	 * Data Scientist {@code ds}, the rest neutral.
	 */
	private Answers byRole(int mle, int ds) {
		Map<String, String> values = new java.util.HashMap<>();
		for (Question q : this.quiz.statements()) {
			int answer = (q.weights().getOrDefault(Personas.MLE, 0) > 0) ? mle
					: (q.weights().getOrDefault(Personas.DS, 0) > 0) ? ds : 3;
			values.put(q.code(), String.valueOf(answer));
		}
		values.put("background", "other");
		return new Answers(this.quiz.version(), values);
	}

	/**
	 * Strong agreement with the main statement of each role: the hybrid reading, with the
	 * reasons for each side, never "without strong interest".
	 */
	@Test
	void strongAgreementOnBothSidesIsAHybridWithReasonsForEach() {
		for (String build : List.of("production", "software", "platform", "realtime")) {
			for (String analyse : List.of("statistics", "present", "sql")) {
				Map<String, String> values = new java.util.HashMap<>();
				this.quiz.statements().forEach((q) -> values.put(q.code(), "3"));
				values.put(build, "5");
				values.put(analyse, "5");
				values.put("background", "other");
				QuizResult result = QuizScorer.score(this.quiz, new Answers(this.quiz.version(), values));
				assertThat(result.verdict()).as(build + " + " + analyse).isEqualTo(QuizResult.Verdict.HYBRID);
				assertThat(result.reasons()).extracting(QuizResult.Reason::code)
					.containsExactlyInAnyOrder(build, analyse);
			}
		}
	}

	private static String percent(QuizResult result, String role) {
		Double affinity = result.affinity().get(role);
		return (affinity != null) ? String.valueOf(Math.round((affinity + 1) * 50)) : "–";
	}

	/**
	 * Every answer of every persona moved one step up and one step down (within 1 to 5):
	 * at most 10 % of these changes alter the headline (the verdict, its role and its
	 * strength: the page's h1), and none moves a verdict from one role to the other.
	 */
	@Test
	void oneStepChangesRarelyAlterTheHeadlineAndNeverSwitchRoles() {
		Stability stability = stability();
		stability.altered().forEach((a) -> System.out.println("Stability | " + a));
		assertThat(stability.changes()).isGreaterThan(300);
		assertThat(stability.flips()).as("switches from one role to the other").isEmpty();
		assertThat(stability.altered().size()).as("headline changes").isLessThanOrEqualTo(stability.changes() / 10);
	}

	/**
	 * Every one-step change of every persona's answers, and what it did to the result.
	 */
	private Stability stability() {
		int changes = 0;
		List<String> altered = new ArrayList<>();
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
					String change = persona.name + ": " + q.code() + " " + answer + "→" + moved + " " + headline(base)
							+ " → " + headline(changed);
					if (!headline(base).equals(headline(changed))) {
						altered.add(change);
					}
					if (base.lean() != null && changed.lean() != null && !base.lean().equals(changed.lean())) {
						flips.add(change);
					}
				}
			}
		}
		return new Stability(changes, altered, flips);
	}

	private record Stability(int changes, List<String> altered, List<String> flips) {
	}

	/**
	 * docs/generated/personas.md: each persona's designed path beside what the scorer
	 * gives them today (in words and both affinities), and how often a one-step change
	 * alters the headline.
	 */
	@Test
	void thePersonasTableIsWrittenFromTheScorer() throws IOException {
		StringBuilder doc = new StringBuilder(GeneratedDoc.banner("PersonaTests"));
		doc.append("# The quiz's personas\n\n")
			.append("| persona | designed path | result | affinity MLE / DS (0–100 %) |\n|---|---|---|---|\n");
		for (Persona persona : Personas.all()) {
			QuizResult result = QuizScorer.score(this.quiz, persona.answers(this.quiz.version()));
			doc.append("| ")
				.append(persona.name)
				.append(" | ")
				.append(designed(persona))
				.append(" | ")
				.append(inWords(result))
				.append(" | ")
				.append(percent(result, Personas.MLE))
				.append(" / ")
				.append(percent(result, Personas.DS))
				.append(" |\n");
		}
		Stability stability = stability();
		doc.append("\nEvery answer of every persona moved one step up and one step down (")
			.append(stability.changes())
			.append(" changes): ")
			.append(stability.altered().size())
			.append(" alter the headline (")
			.append(String.format(Locale.ENGLISH, "%.1f", 100.0 * stability.altered().size() / stability.changes()))
			.append(" %), ")
			.append(stability.flips().size())
			.append(" switch roles.\n");
		GeneratedDoc.check(Path.of("docs/generated/personas.md"), "PersonaTests", doc.toString());
	}

	/** The path a persona's design gives them, in the table's words. */
	private static String designed(Persona persona) {
		Map<String, String> names = names();
		String path;
		if (persona.verdicts.size() > 1) {
			path = "no verdict (" + persona.verdicts.stream()
				.map(PersonaTests::verdict)
				.sorted()
				.reduce((a, b) -> a + ", " + b)
				.orElseThrow() + ")";
		}
		else {
			QuizResult.Verdict verdict = persona.verdicts.iterator().next();
			path = (verdict == QuizResult.Verdict.LEAN) ? names.get(persona.lean) + ", "
					+ persona.strengths.stream()
						.sorted()
						.map((s) -> s.name().toLowerCase(Locale.ROOT))
						.reduce((a, b) -> a + " or " + b)
						.orElse("any strength")
					: verdict(verdict);
		}
		return path + ((persona.neighbour != null) ? "; " + names.get(persona.neighbour) + " suggested" : "");
	}

	private static String verdict(QuizResult.Verdict verdict) {
		return switch (verdict) {
			case NO_LEAN -> "no clear lean";
			case TOO_FEW -> "too few answers";
			default -> verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		};
	}

	private static Map<String, String> names() {
		return Map.of(Personas.MLE, "ML Engineer", Personas.DS, "Data Scientist", "ai-engineer", "AI Engineer",
				"software-engineer", "Software Engineer");
	}

	/** A result as the docs' table words it. */
	private static String inWords(QuizResult result) {
		Map<String, String> names = names();
		String verdict = (result.verdict() == QuizResult.Verdict.LEAN)
				? names.get(result.lean()) + ", " + result.strength().name().toLowerCase(Locale.ROOT)
				: verdict(result.verdict());
		return verdict + result.neighbours()
			.stream()
			.map((n) -> "; " + names.get(n) + " suggested")
			.reduce("", String::concat);
	}

	private static String headline(QuizResult result) {
		return result.verdict() + ((result.lean() != null) ? " " + result.lean() + " " + result.strength() : "");
	}

}
