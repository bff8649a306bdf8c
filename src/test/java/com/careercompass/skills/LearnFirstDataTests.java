package com.careercompass.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillKind;
import com.careercompass.skills.SkillsCheckResult.LearnItem;
import com.careercompass.skills.SkillsCheckResult.RoleResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What to learn first, over the real data and many tick sets: every technical skill of
 * the job before any aptitude, and a skill naming a stopped tool never among the first
 * five.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CatalogService.class)
class LearnFirstDataTests {

	@Autowired
	CatalogService catalogs;

	@Test
	void coreSkillsComeFirstAndStoppedToolsNeverInTheFirstFive() {
		Catalog catalog = this.catalogs.catalog();
		List<Skill> all = SkillsCheck.skills(catalog, SkillsCheck.roles(catalog, null));
		assertThat(all).as("the data has both kinds and stopped tools")
			.anyMatch((s) -> s.kind() == SkillKind.GENERAL)
			.anyMatch(Skill::namesAStoppedTool);
		Random random = new Random(23);
		List<Ticks> tickSets = new ArrayList<>(List.of(Ticks.NONE));
		for (int i = 0; i < 40; i++) {
			List<Long> have = all.stream().filter((s) -> random.nextInt(3) == 0).map(Skill::id).toList();
			tickSets.add(Ticks.of(have, List.of()));
		}
		for (Ticks ticks : tickSets) {
			SkillsCheckResult result = SkillsCheck.check(catalog, null, ticks);
			for (RoleResult role : result.roles()) {
				List<SkillKind> kinds = role.learnFirst().stream().map((i) -> i.skill().kind()).toList();
				assertThat(kinds).as("core before general, %s", ticks).isSorted();
				List<LearnItem> core = role.learnFirst()
					.stream()
					.filter((i) -> i.skill().kind() == SkillKind.CORE)
					.toList();
				assertThat(core.stream().map((i) -> i.skill().namesAStoppedTool()).toList())
					.as("stopped tools after every other core skill")
					.isSorted();
				SkillsResultView.RoleView view = SkillsResultView.RoleView.of(catalog, role, "/skills-check/result",
						Locale.ENGLISH);
				assertThat(view.top()).hasSizeLessThanOrEqualTo(SkillsResultView.TOP).allSatisfy((v) -> {
					assertThat(v.toolNotes()).as(v.name()).isEmpty();
					assertThat(v.kind()).as(v.name()).isEqualTo(SkillKind.CORE);
				});
				assertThat(view.top().size() + view.rest().size() + view.general().size())
					.isEqualTo(role.learnFirst().size());
			}
		}
	}

}
