package com.careercompass.career;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogTests {

	private final Catalog catalog = TestCatalogs.small();

	@Test
	void findsRoleBySlug() {
		assertThat(this.catalog.role("analyst").name().en()).isEqualTo("Data Analyst");
	}

	@Test
	void throwsRoleNotFoundForUnknownSlug() {
		assertThatExceptionOfType(RoleNotFoundException.class).isThrownBy(() -> this.catalog.role("nobody"));
	}

	@Test
	void filtersFactsByRoleAndKind() {
		assertThat(this.catalog.factsOf("builder", FactKind.RESPONSIBILITY)).extracting((f) -> f.text().en())
			.containsExactly("Deploys models");
		assertThat(this.catalog.factsOf("partial", FactKind.RESPONSIBILITY)).isEmpty();
	}

	@Test
	void sharedSkillBelongsToBothRoles() {
		assertThat(this.catalog.skillsOf("builder")).extracting((s) -> s.name().en()).containsExactly("Python", "CUDA");
		assertThat(this.catalog.skillsOf("analyst")).extracting((s) -> s.name().en())
			.containsExactly("Python", "Statistics");
	}

	@Test
	void separatesRoleOutlookFromFieldOutlook() {
		assertThat(this.catalog.outlookOf("analyst")).hasSize(1);
		assertThat(this.catalog.fieldOutlook()).extracting((o) -> o.text().en()).containsExactly("Market grows");
	}

	@Test
	void contrastsOfARoleAreThoseWithItsSide() {
		assertThat(this.catalog.contrastsOf("builder")).hasSize(1);
		assertThat(this.catalog.contrastsOf("partial")).isEmpty();
	}

	@Test
	void localizedTextFallsBackToEnglishForOtherLanguages() {
		LocalizedText text = TestCatalogs.text("Hello", "Bonjour");
		assertThat(text.in(java.util.Locale.FRENCH)).isEqualTo("Bonjour");
		assertThat(text.in(java.util.Locale.CANADA_FRENCH)).isEqualTo("Bonjour");
		assertThat(text.in(java.util.Locale.GERMAN)).isEqualTo("Hello");
	}

	@Test
	void aPremiumNamesASkillOnlyAsAWholeWord() {
		assertThat(names("c and c++", "C++")).isTrue();
		assertThat(names("c and c++", "C")).as("C before ' and'").isTrue();
		assertThat(names("c++ tools", "C")).as("C of C++ is not C").isFalse();
		assertThat(names("docker and containers", "Docker")).isTrue();
		assertThat(names("spark and hadoop", "R")).isFalse();
		assertThat(names("scalability", "Scala")).isFalse();
		assertThat(names("ml frameworks: tensorflow, pytorch", "PyTorch")).isTrue();
		assertThat(names("reinforcement learning", "Reinforcement learning")).isTrue();
	}

	private static boolean names(String skill, String premium) {
		return Catalog.names(skill, new PayPremium("r", new LocalizedText(premium, premium), 10, "PayScale", "s"));
	}

}
