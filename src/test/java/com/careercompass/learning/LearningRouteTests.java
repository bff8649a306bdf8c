package com.careercompass.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.SkillKind;
import com.careercompass.career.Source;
import com.careercompass.career.SourceKind;
import com.careercompass.career.ToolNote;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route model (docs/learning.md) on a hand-made catalog: one role, "builder", with
 * two languages, a core of four skills (two of them one family), two specialisms and an
 * aptitude; the articles "a" and "b" write about the builder, "c" about the analyst.
 */
class LearningRouteTests {

	private static final Catalog CATALOG = catalog();

	private static final LearningData DATA = data();

	@Test
	void aPersonWithNothingStartsWithTheMostNamedLanguageThenTheCoreThenSpecialisms() {
		Route route = route(Known.NOTHING, Map.of());
		assertThat(ids(route)).containsExactly(1L, 4L, 3L, 5L, 8L, 7L);
		assertThat(route.steps().get(0).alternatives()).extracting(Skill::id)
			.as("the other language is an alternative")
			.containsExactly(2L);
		assertThat(route.aptitudes()).extracting(Skill::id).containsExactly(9L);
		assertThat(route.steps().get(3).family().name().en()).as("a family is one step").isEqualTo("Models");
		assertThat(route.steps().get(3).members()).extracting(Skill::id)
			.as("the members the role lists")
			.containsExactly(5L);
	}

	@Test
	void anyLanguageTheyHaveOrTheirBackgroundBringsMeetsTheFoundation() {
		assertThat(ids(route(Known.ticked(Set.of(2L)), Map.of()))).doesNotContain(1L, 2L).startsWith(4L);
		Known developer = new Known(Set.of(), Set.of(), true, new LocalizedText("Software", "Logiciel"));
		assertThat(ids(route(developer, Map.of()))).doesNotContain(1L, 2L);
	}

	@Test
	void gapsOnlyNothingTickedBroughtOrInATickedFamily() {
		Known known = new Known(Set.of(6L), Set.of(4L), false, null);
		assertThat(ids(route(known, Map.of()))).doesNotContain(4L, 5L, 6L).containsExactly(1L, 3L, 8L, 7L);
	}

	@Test
	void enjoymentChoosesAmongSpecialismsButNeverMovesAStepAheadOfItsStage() {
		Enjoyment gpus = new Enjoyment(new LocalizedText("I like GPUs", "J’aime les GPU"), 5);
		Enjoyment java = new Enjoyment(new LocalizedText("I like Java", "J’aime Java"), 5);
		Route route = route(Known.NOTHING, Map.of(7L, gpus, 2L, java));
		assertThat(ids(route)).as("the GPU specialism first among specialisms, after the core; Java not a step")
			.containsExactly(1L, 4L, 3L, 5L, 7L, 8L);
		assertThat(route.steps().get(4).enjoyed()).isEqualTo(gpus);
	}

	@Test
	void aStoppedToolInsideAnItemNeverDemotesIt() {
		// skill 4 names a stopped tool and still comes first of the core (two articles)
		assertThat(CATALOG.skills().get(3).namesAStoppedTool()).isTrue();
		assertThat(ids(route(Known.NOTHING, Map.of())).get(1)).isEqualTo(4L);
	}

	@Test
	void withinAStageMoreArticlesThenAPremiumThenOurOrder() {
		// 4: two articles; 3 and the family 5/6: one each, 3 has a premium; then 8 and 7
		// in our order (8 before 7), both specialisms with one article
		assertThat(ids(route(Known.ticked(Set.of(1L)), Map.of()))).containsExactly(4L, 3L, 5L, 8L, 7L);
	}

	@Test
	void anArticleCountsForTheRoleItWritesAboutUnlessNoneOfTheRoleNamesTheSkill() {
		Skill statistics = CATALOG.skills().get(2);
		assertThat(DATA.sourcesFor(statistics, "builder")).containsExactly("a");
		// listed for the builder by an article on the analyst only: that article, once
		Skill elsewhere = new Skill(10, text("Elsewhere"), SkillCategory.DATA, Set.of("builder"), List.of("c"), null);
		assertThat(DATA.sourcesFor(elsewhere, "builder")).containsExactly("c");
		assertThat(DATA.evidence(elsewhere, "builder")).isEqualTo(1);
	}

	@Test
	void everythingHadLeavesOnlyTheAptitudesApart() {
		Route route = route(Known.ticked(Set.of(1L, 3L, 4L, 5L, 7L, 8L)), Map.of());
		assertThat(route.steps()).isEmpty();
		assertThat(route.aptitudes()).extracting(Skill::id).containsExactly(9L);
	}

	private static Route route(Known known, Map<Long, Enjoyment> enjoyed) {
		return LearningRoute.of(CATALOG, DATA, List.of("builder"), known, enjoyed);
	}

	private static List<Long> ids(Route route) {
		return route.steps().stream().map((s) -> s.skill().id()).toList();
	}

	private static Catalog catalog() {
		List<Source> sources = List.of(source("a"), source("b"), source("c"));
		List<Role> roles = List.of(new Role("builder", text("Builder"), text("Builder"), false),
				new Role("analyst", text("Analyst"), text("Analyst"), false));
		ToolNote stopped = new ToolNote("OldTool", 2017, text("Stopped in 2017."));
		List<Skill> skills = List.of(skill(1, "Python", "a", "b"), skill(2, "Java", "a"), skill(3, "Statistics", "a"),
				new Skill(4, text("Frameworks: NewTool, OldTool"), SkillCategory.ML_DL, Set.of("builder"),
						List.of("a", "b"), null, SkillKind.CORE, List.of(stopped)),
				skill(5, "Building models", "a"), skill(6, "Classification", "c"), skill(7, "GPUs", "a"),
				skill(8, "Spark", "a"), new Skill(9, text("Teamwork"), SkillCategory.COMMUNICATION, Set.of("builder"),
						List.of("a"), null, SkillKind.GENERAL, List.of()));
		return new Catalog(sources, roles, List.of(), skills, List.of(), List.of(),
				List.of(new PayPremium("builder", text("Statistics"), 10, "PayScale", "a")), List.of(), List.of(),
				List.of(), LocalDate.of(2026, 12, 1));
	}

	private static LearningData data() {
		Map<Long, SkillRoute> routes = Map.of(1L, place(Stage.FOUNDATION, 1), 2L, place(Stage.FOUNDATION, 2), 3L,
				place(Stage.CORE, 10), 4L, place(Stage.CORE, 11), 5L, place(Stage.CORE, 12), 6L, place(Stage.CORE, 12),
				7L, place(Stage.SPECIALISM, 41), 8L, place(Stage.SPECIALISM, 40));
		return new LearningData(List.of(new Family(1, text("Models"), text("One ability"), List.of(5L, 6L))), routes,
				Map.of(), Map.of("builder", Set.of("a", "b"), "analyst", Set.of("c")), Map.of(),
				LocalDate.of(2026, 12, 6))
			.checked(CATALOG);
	}

	private static SkillRoute place(Stage stage, int order) {
		return new SkillRoute(stage, order, text("Show it"));
	}

	private static Skill skill(long id, String name, String... sources) {
		Set<String> roles = (id == 6) ? Set.of("analyst") : Set.of("builder");
		return new Skill(id, text(name), SkillCategory.PROGRAMMING, roles, List.of(sources), null);
	}

	private static Source source(String id) {
		return new Source(id, text(id), text(id), text(id), 2023, null, null, "fr", false, SourceKind.PERSONAL_BLOG);
	}

	private static LocalizedText text(String en) {
		return new LocalizedText(en, en + " (fr)");
	}

}
