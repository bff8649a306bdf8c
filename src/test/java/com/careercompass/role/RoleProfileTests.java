package com.careercompass.role;

import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.TestCatalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleProfileTests {

	private final Catalog catalog = TestCatalogs.small();

	@Test
	void groupsSkillsByCategoryAndNamesTheOtherRolesThatShareThem() {
		RoleProfile profile = RoleProfile.of(this.catalog, this.catalog.role("builder"), Locale.ENGLISH);
		assertThat(profile.skills()).singleElement().satisfies((g) -> {
			assertThat(g.categoryKey()).isEqualTo("skill.category.programming");
			assertThat(g.skills()).extracting(SkillGroup.SkillView::name).containsExactly("Python", "CUDA");
			assertThat(g.skills().get(0).sharedWith()).containsExactly("Analyst");
			assertThat(g.skills().get(1).sharedWith()).isEmpty();
		});
	}

	@Test
	void showsTheOtherSideOfEachContrast() {
		RoleProfile profile = RoleProfile.of(this.catalog, this.catalog.role("analyst"), Locale.FRENCH);
		assertThat(profile.contrasts()).singleElement().satisfies((c) -> {
			assertThat(c.aspect()).isEqualTo("Production");
			assertThat(c.thisRole()).isEqualTo("Rapports");
			// after "Data Scientist :", French takes a lower case
			assertThat(c.other()).isEqualTo("systèmes");
			assertThat(c.otherSlug()).isEqualTo("builder");
		});
	}

	@Test
	void partialRoleHasOnlyWhatTheArticlesSay() {
		RoleProfile profile = RoleProfile.of(this.catalog, this.catalog.role("partial"), Locale.ENGLISH);
		assertThat(profile.partial()).isTrue();
		assertThat(profile.summary()).hasSize(1);
		assertThat(profile.responsibilities()).isEmpty();
		assertThat(profile.pay()).isEmpty();
		assertThat(profile.sources()).extracting((c) -> c.id()).containsExactly("src-a");
	}

	@Test
	void cardsUseTheFirstSummarySentence() {
		assertThat(RoleCard.all(this.catalog, Locale.FRENCH)).extracting(RoleCard::summary)
			.containsExactly("Construit des modèles.", "Analyse les données.", "Cité une fois.");
	}

}
