package com.careercompass.skills;

import java.util.List;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.Role;
import com.careercompass.career.SkillCategory;
import com.careercompass.skills.SkillsCheckResult.Lean;
import com.careercompass.skills.SkillsCheckResult.LearnItem;
import com.careercompass.skills.SkillsCheckResult.RoleResult;
import com.careercompass.skills.SkillsCheckResult.Strength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Coverage, the lean and the learning order, on a hand-built catalog. */
class SkillsCheckTests {

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
		assertThat(result.lean()).as("one distinct skill each").isEqualTo(new Lean(Strength.EVEN, null));
	}

	@Test
	void theLearningOrderIsSourcesThenPremiumThenSharedThenId() {
		RoleResult builder = check(Ticks.NONE).roles().get(0);
		// 1: two sources. Then one source each: 5 (premium 30 %), 4 (premium 22 %), 6
		// (shared
		// with the analyst), then 2, 7 and 8 tied on everything but their ids.
		assertThat(builder.learnFirst()).extracting((i) -> i.skill().id()).containsExactly(1L, 5L, 4L, 6L, 2L, 7L, 8L);
		assertThat(builder.learnFirst().get(1).premium().percent()).isEqualTo(30);
		assertThat(builder.learnFirst().get(3).sharedWith()).extracting(Role::slug).containsExactly("analyst");
		RoleResult analyst = check(Ticks.NONE).roles().get(1);
		assertThat(analyst.learnFirst()).extracting((i) -> i.skill().id()).containsExactly(3L, 1L, 6L);
	}

	@Test
	void eachTieBreakDecidesOnlyWhenTheOnesBeforeItAreEqual() {
		Role other = new Role("o", null, null, false);
		LearnItem twoSources = item(20, 2, null, List.of());
		LearnItem premium = item(21, 1, 10, List.of());
		LearnItem biggerPremium = item(22, 1, 40, List.of());
		LearnItem shared = item(23, 1, null, List.of(other));
		LearnItem lowId = item(11, 1, null, List.of());
		LearnItem highId = item(12, 1, null, List.of());
		List<LearnItem> items = new java.util.ArrayList<>(
				List.of(highId, shared, lowId, premium, biggerPremium, twoSources));
		items.sort(SkillsCheck.LEARN_FIRST);
		assertThat(items).containsExactly(twoSources, biggerPremium, premium, shared, lowId, highId);
		assertThat(SkillsCheck.LEARN_FIRST.compare(item(30, 3, null, List.of()), item(1, 1, 90, List.of(other))))
			.as("more sources beat a premium, sharing and a lower id")
			.isNegative();
	}

	@Test
	void theTicksLeanToTheRoleMoreOfThemOnlyItListsClearlyWhenItsCoverageIsTenPointsAhead() {
		assertThat(lean(new Coverage(6, 0, 10), 2, new Coverage(1, 0, 10), 0)).isEqualTo("CLEAR a");
		assertThat(lean(new Coverage(1, 0, 10), 0, new Coverage(6, 0, 10), 3)).isEqualTo("CLEAR b");
		assertThat(lean(new Coverage(5, 0, 10), 2, new Coverage(4, 0, 10), 0)).as("exactly 10 points")
			.isEqualTo("CLEAR a");
		assertThat(lean(new Coverage(50, 0, 100), 2, new Coverage(41, 0, 100), 0)).as("9 points").isEqualTo("SLIGHT a");
		// 6/34 = 17.6 %, 2/22 = 9.1 %: 8.5 points; five skills only the first lists, one
		// only
		// the second (a software developer, on the real lists).
		assertThat(lean(new Coverage(6, 0, 34), 5, new Coverage(2, 0, 22), 1)).isEqualTo("SLIGHT a");
		// 12/34 = 35.3 %, 10/22 = 45.5 %: the second is ahead, but the distinct skills
		// are the
		// first's.
		assertThat(lean(new Coverage(12, 0, 34), 3, new Coverage(10, 0, 22), 1)).isEqualTo("SLIGHT a");
	}

	@Test
	void ticksThatDoNotTellTheRolesApartLeanToNeither() {
		assertThat(lean(new Coverage(9, 0, 34), 0, new Coverage(9, 0, 22), 0))
			.as("only shared skills: the shorter list is covered faster, which says nothing")
			.isEqualTo("EVEN");
		assertThat(lean(new Coverage(8, 0, 10), 1, new Coverage(1, 0, 10), 0)).as("one distinct skill is too thin")
			.isEqualTo("EVEN");
		assertThat(lean(new Coverage(4, 0, 34), 3, new Coverage(3, 0, 22), 2)).isEqualTo("EVEN");
		assertThat(lean(new Coverage(0, 0, 34), 0, new Coverage(0, 0, 22), 0)).isEqualTo("NOTHING_TICKED");
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
		assertThat(result.roles().get(1).learnFirst()).isEmpty();
		assertThat(result.roles().get(1).overall().percent()).isEqualTo(100);
		assertThat(result.roles().get(0).learnFirst()).hasSize(5);
	}

	private SkillsCheckResult check(Ticks ticks) {
		return SkillsCheck.check(this.catalog, null, ticks);
	}

	private static String lean(Coverage a, int onlyA, Coverage b, int onlyB) {
		Role ra = new Role("a", null, null, false);
		Role rb = new Role("b", null, null, false);
		Lean lean = SkillsCheck.lean(List.of(new RoleResult(ra, a, Map.of(), List.of(), List.of(), onlyA),
				new RoleResult(rb, b, Map.of(), List.of(), List.of(), onlyB)));
		return lean.strength() + ((lean.role() != null) ? " " + lean.role().slug() : "");
	}

	private static LearnItem item(long id, int sources, Integer premium, List<Role> sharedWith) {
		List<String> ids = java.util.stream.IntStream.range(0, sources).mapToObj((i) -> "s" + i).toList();
		return new LearnItem(
				new com.careercompass.career.Skill(id, null, SkillCategory.DATA, java.util.Set.of("r"), ids, null),
				(premium != null) ? new com.careercompass.career.PayPremium("r", null, premium, "PayScale", "s0")
						: null,
				sharedWith);
	}

}
