package com.careercompass.learning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillKind;
import com.careercompass.quiz.Question;
import com.careercompass.quiz.QuizService;
import com.careercompass.support.AlsoOnPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route's invariants over the real data, for many people at once: random tick sets
 * (each skill ticked with a random density, seeded) under every background of the quiz,
 * for each full role and for what both share. No step is something the person has, a
 * member of a family they have, or what their background brings; the list is never empty
 * while something is left; aptitudes are never steps; at most one language step.
 */
@AlsoOnPostgres
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogService.class, com.careercompass.career.data.CatalogRows.Reader.class, LearningService.class,
		QuizService.class })
class RouteInvariantDataTests {

	static final int TICK_SETS = 1200;

	@Autowired
	LearningService learning;

	@Autowired
	QuizService quizzes;

	@Test
	void noStepIsWhatThePersonHasAndNoRouteIsEmptyWhileSomethingIsLeft() {
		Catalog catalog = this.learning.catalog();
		LearningData data = this.learning.data();
		List<Known> backgrounds = backgrounds();
		assertThat(backgrounds).as("every background of the quiz, and none").hasSize(5);
		List<String> roles = catalog.fullRoles().stream().map((r) -> r.slug()).toList();
		List<List<String>> routes = List.of(List.of(roles.get(0)), List.of(roles.get(1)), roles);
		Random random = new Random(34);
		int checked = 0;
		for (int i = 0; i < TICK_SETS; i++) {
			double density = random.nextDouble();
			Set<Long> ticks = new HashSet<>();
			catalog.skills().stream().filter((s) -> random.nextDouble() < density).forEach((s) -> ticks.add(s.id()));
			for (Known background : backgrounds) {
				Known known = background.withTicks(ticks);
				Set<Long> had = data.withFamilies(known.have());
				for (List<String> forRoles : routes) {
					Route route = this.learning.route(forRoles, known, Map.of());
					String who = forRoles + " " + background.background() + " " + ticks;
					assertThat(route.steps()).as("never what they have, a family they have or their background: " + who)
						.allSatisfy(
								(step) -> assertThat(step.members()).noneMatch((member) -> had.contains(member.id())));
					assertThat(route.steps()).as("aptitudes apart: " + who)
						.noneMatch((step) -> step.skill().kind() == SkillKind.GENERAL);
					assertThat(route.steps().stream().filter((s) -> s.stage() == Stage.FOUNDATION).count())
						.as("at most one language to learn: " + who)
						.isLessThanOrEqualTo(1);
					if (known.language() || ticks.stream().anyMatch((id) -> isLanguage(data, id))) {
						assertThat(route.steps()).as("any language they have meets the foundation: " + who)
							.noneMatch((s) -> s.stage() == Stage.FOUNDATION);
					}
					boolean left = LearningRoute.abilities(catalog, data, forRoles)
						.stream()
						.filter((a) -> a.get(0).kind() == SkillKind.CORE && !isLanguage(data, a.get(0).id()))
						.anyMatch((a) -> a.stream().noneMatch((s) -> had.contains(s.id())));
					if (left) {
						assertThat(route.steps()).as("something is left, so the route says what: " + who).isNotEmpty();
					}
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(TICK_SETS * 5 * 3);
	}

	private static boolean isLanguage(LearningData data, long id) {
		SkillRoute place = data.route(id);
		return place != null && place.stage() == Stage.FOUNDATION;
	}

	/** What each background of the quiz brings, as the quiz's data says, and none. */
	private List<Known> backgrounds() {
		List<Known> known = new ArrayList<>(List.of(Known.NOTHING));
		this.quizzes.quiz()
			.questions()
			.stream()
			.filter((q) -> !q.likert())
			.flatMap((q) -> q.options().stream())
			.map((Question.Option o) -> new Known(Set.of(), o.brings(), o.bringsLanguage(), o.label()))
			.forEach(known::add);
		return known;
	}

	@Test
	void everyTechnicalSkillHasAPieceOfWorkAndStartsNeverComeFromCourseSellers() {
		Catalog catalog = this.learning.catalog();
		LearningData data = this.learning.data();
		for (Skill skill : catalog.skills()) {
			SkillRoute place = data.route(skill.id());
			if (skill.kind() == SkillKind.CORE) {
				assertThat(place).as(skill.name().en()).isNotNull();
				assertThat(place.proof().en()).as(skill.name().en()).isNotBlank();
				assertThat(place.proof().fr()).as(skill.name().en()).isNotBlank();
			}
		}
		assertThat(data.starts().values()).allSatisfy((start) -> {
			assertThat(start.url()).startsWith("http");
			assertThat(start.url() + " " + start.publisher()).doesNotContainIgnoringCase("udemy")
				.doesNotContainIgnoringCase("coursera")
				.doesNotContainIgnoringCase("openclassrooms");
		});
	}

}
