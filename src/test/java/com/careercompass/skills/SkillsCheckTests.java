package com.careercompass.skills;

import java.util.List;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.Role;
import com.careercompass.career.SkillCategory;
import com.careercompass.skills.SkillsCheckResult.Lean;
import com.careercompass.skills.SkillsCheckResult.RoleResult;
import com.careercompass.skills.SkillsCheckResult.Strength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage (families counted once), the lean and what to learn, on a hand-built catalog.
 */
class SkillsCheckTests {

	private static final com.careercompass.learning.Route NO_ROUTE = new com.careercompass.learning.Route(List.of(),
			com.careercompass.learning.Known.NOTHING, List.of(), List.of(), List.of());

	private final Catalog catalog = SkillsCatalogs.small();

	@Test
	void checksTheFullyDocumentedRolesOnlyWithTheOneAskedForFirst() {
		assertThat(SkillsCheck.roles(this.catalog, null)).extracting(Role::slug).containsExactly("builder", "analyst");
		assertThat(SkillsCheck.roles(this.catalog, "analyst")).extracting(Role::slug)
			.containsExactly("analyst", "builder");
		assertThat(SkillsCheck.roles(this.catalog, "partial")).extracting(Role::slug)
			.containsExactly("builder", "analyst");
		assertThat(SkillsCheck.skills(this.catalog, SkillsCheck.roles(this.catalog, null))).extracting((s) -> s.id())
			.containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
	}

	@Test
	void coverageCountsTickedListedSkillsOverallAndByKindWithWorkApart() {
		SkillsCheckResult result = check(Ticks.of(List.of(1L, 2L, 3L), List.of(1L)));
		RoleResult builder = result.roles().get(0);
		assertThat(builder.overall()).isEqualTo(new Coverage(2, 1, 7));
		assertThat(builder.overall().percent()).isEqualTo(29);
		assertThat(builder.byKind()).containsExactly(Map.entry(SkillCategory.PROGRAMMING, new Coverage(2, 1, 3)),
				Map.entry(SkillCategory.ML_DL, new Coverage(0, 0, 1)),
				Map.entry(SkillCategory.BIG_DATA_CLOUD, new Coverage(0, 0, 1)),
				Map.entry(SkillCategory.SOFTWARE_ENGINEERING, new Coverage(0, 0, 2)));
		RoleResult analyst = result.roles().get(1);
		assertThat(analyst.overall()).isEqualTo(new Coverage(2, 1, 3));
		assertThat(analyst.overall().percent()).isEqualTo(67);
		assertThat(analyst.byKind()).as("a kind the role lists nothing of is left out, not 0 %")
			.containsOnlyKeys(SkillCategory.PROGRAMMING, SkillCategory.MATH_STATS);
		assertThat(builder.onlyHere()).as("CUDA").isEqualTo(1);
		assertThat(analyst.onlyHere()).as("Statistics").isEqualTo(1);
		// 29 % against 67 %: closer to the analyst, though each ticked one distinct skill
		// (CUDA: 1 of 5, Statistics: 1 of 1)
		assertThat(result.lean()).isEqualTo(new Lean(Strength.CLEAR, analyst.role()));
	}

	@Test
	void whatToLearnIsTheRoleRouteWithoutTheTicks() {
		RoleResult builder = check(Ticks.of(List.of(1L, 5L), List.of())).roles().get(0);
		assertThat(builder.route().steps()).extracting((step) -> step.skill().id())
			.as("gaps only, the rest in the route's order (sources, then premium, then the catalog's order)")
			.containsExactly(4L, 2L, 6L, 7L, 8L);
		assertThat(builder.route().steps().get(0).premium().percent()).isEqualTo(22);
	}

	@Test
	void aFamilyCountsOnceForEachRoleAndATickedMemberGivesIt() {
		// Git (7, builder) and SQL (6, both) made one family: the builder lists it once,
		// the analyst (who lists SQL) has it too; ticking Git gives SQL's ability.
		com.careercompass.learning.LearningData data = SkillsCatalogs.withFamily(this.catalog, 6L, 7L);
		SkillsCheckResult result = SkillsCheck.check(this.catalog, data, null, Ticks.of(List.of(7L), List.of()));
		RoleResult builder = result.roles().get(0);
		RoleResult analyst = result.roles().get(1);
		assertThat(builder.overall()).as("7 skills, 6 abilities; Git gives the family")
			.isEqualTo(new Coverage(1, 0, 6));
		assertThat(analyst.overall()).as("SQL's ability, through Git").isEqualTo(new Coverage(1, 0, 3));
		assertThat(builder.route().steps()).extracting((step) -> step.skill().id()).doesNotContain(6L, 7L);
		assertThat(analyst.route().steps()).extracting((step) -> step.skill().id()).doesNotContain(6L, 7L);
		assertThat(builder.onlyHere()).as("the family is listed by both roles: not distinct").isZero();
	}

	/**
	 * The invariants of docs/skills-check.md, each on its own. Arguments: overall
	 * coverage and coverage of the skills only that role lists, for each role (the real
	 * lists: 34 and 22 skills, 25 and 13 of them distinct, 9 shared).
	 */
	@Test
	void everySkillOfBothListsTickedLeansToNeither() {
		assertThat(lean(cov(34, 34), cov(25, 25), cov(22, 22), cov(13, 13))).isEqualTo("ALL");
	}

	@Test
	void equalSharesReadTheSameWhateverTheListsLengths() {
		// half of each list, about half of each one's distinct skills: never "closer"
		assertThat(lean(cov(17, 34), cov(12, 25), cov(11, 22), cov(6, 13))).isEqualTo("EVEN");
		// the same shares on lists twice as long read the same
		assertThat(lean(cov(5, 10), cov(3, 6), cov(3, 10), cov(1, 6)))
			.isEqualTo(lean(cov(10, 20), cov(6, 12), cov(6, 20), cov(2, 12)))
			.isEqualTo("CLEAR a");
		// every Data Scientist skill and 71 % of ML Engineer's (was "lean slightly to ML
		// Engineer", because its list has more distinct skills to tick)
		assertThat(lean(cov(24, 34), cov(15, 25), cov(22, 22), cov(13, 13))).isEqualTo("CLEAR b");
	}

	@Test
	void coverageTenPointsApartWithNothingAgainstItNamesTheHigherRole() {
		// 18 % against 32 % (was "about as close to both")
		assertThat(lean(cov(6, 34), cov(2, 25), cov(7, 22), cov(3, 13))).isEqualTo("CLEAR b");
		assertThat(lean(cov(5, 10), cov(2, 5), cov(4, 10), cov(2, 5))).as("exactly 10 points").isEqualTo("CLEAR a");
		assertThat(lean(cov(50, 100), cov(20, 50), cov(41, 100), cov(20, 50))).as("9 points").isEqualTo("EVEN");
	}

	@Test
	void contraryDistinctSkillsAreSaidInTheSameSentence() {
		// more of a's list overall, but b's distinct skills 20 points more: between the
		// two
		assertThat(lean(cov(8, 10), cov(3, 5), cov(5, 10), cov(4, 5))).isEqualTo("MIXED a");
		// ahead overall only through shared skills: named, and said to point nowhere yet
		assertThat(lean(cov(9, 34), cov(0, 25), cov(9, 22), cov(0, 13))).isEqualTo("SHARED_ONLY b");
	}

	@Test
	void closeOverallTheDistinctSkillsGiveASlightLean() {
		// a software developer on the real lists: 17.6 % against 9.1 % overall (8.5
		// points), 20 % of ML Engineer's distinct skills against 7.7 % of Data
		// Scientist's
		assertThat(lean(cov(6, 34), cov(5, 25), cov(2, 22), cov(1, 13))).isEqualTo("SLIGHT a");
		assertThat(lean(cov(1, 10), cov(0, 5), cov(1, 10), cov(1, 5))).isEqualTo("SLIGHT b");
		assertThat(lean(cov(0, 34), cov(0, 25), cov(0, 22), cov(0, 13))).isEqualTo("NOTHING_TICKED");
	}

	@Test
	void aRoleWithoutDistinctSkillsIsComparedOnItsWholeListOnly() {
		assertThat(lean(cov(2, 10), cov(2, 5), cov(2, 5), cov(0, 0))).as("20 % against 40 %").isEqualTo("CLEAR b");
		assertThat(lean(cov(3, 10), cov(3, 5), cov(2, 7), cov(0, 0))).as("30 % against 28.6 %").isEqualTo("EVEN");
	}

	@Test
	void coverageIsComparedInWholeNumbers() {
		// In doubles 0.5 - 0.4 is 0.0999…: 9.99 points.
		assertThat(SkillsCheck.aheadBy(new Coverage(5, 0, 10), new Coverage(4, 0, 10), 10)).isTrue();
		assertThat(SkillsCheck.aheadBy(new Coverage(7, 0, 22), new Coverage(7, 0, 34), 11)).as("11.2 points").isTrue();
		assertThat(SkillsCheck.aheadBy(new Coverage(7, 0, 22), new Coverage(7, 0, 34), 12)).isFalse();
	}

	@Test
	void premiumsOnSkillsOffTheRoleListAreKeptApart() {
		SkillsCheckResult result = check(Ticks.NONE);
		assertThat(result.roles().get(0).otherPremiums()).extracting((p) -> p.skill().en()).containsExactly("Scala");
		assertThat(result.roles().get(1).otherPremiums()).extracting((p) -> p.skill().en()).containsExactly("C++");
	}

	@Test
	void everyListedSkillTickedLeavesNothingToLearn() {
		SkillsCheckResult result = check(Ticks.of(List.of(1L, 3L, 6L), List.of()));
		assertThat(result.roles().get(1).route().steps()).isEmpty();
		assertThat(result.roles().get(1).overall().percent()).isEqualTo(100);
		assertThat(result.roles().get(0).route().steps()).hasSize(5);
	}

	private SkillsCheckResult check(Ticks ticks) {
		return SkillsCheck.check(this.catalog, com.careercompass.learning.LearningData.plain(this.catalog), null,
				ticks);
	}

	private static String lean(Coverage a, Coverage distinctA, Coverage b, Coverage distinctB) {
		Role ra = new Role("a", null, null, false);
		Role rb = new Role("b", null, null, false);
		Lean lean = SkillsCheck.lean(List.of(new RoleResult(ra, a, Map.of(), NO_ROUTE, List.of(), distinctA),
				new RoleResult(rb, b, Map.of(), NO_ROUTE, List.of(), distinctB)));
		return lean.strength() + ((lean.role() != null) ? " " + lean.role().slug() : "");
	}

	private static Coverage cov(int have, int total) {
		return new Coverage(have, 0, total);
	}

}
