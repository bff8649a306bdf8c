package com.careercompass.compare;

import com.careercompass.career.Catalog;
import com.careercompass.career.RoleNotFoundException;
import com.careercompass.career.Skill;
import com.careercompass.career.TestCatalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ComparisonTests {

	private final Catalog catalog = TestCatalogs.small();

	@Test
	void splitsSkillsIntoSharedAndOnlyEitherSide() {
		Comparison c = ComparisonService.compare(this.catalog, "builder", "analyst");
		assertThat(c.skills().shared()).extracting((s) -> s.name().en()).containsExactly("Python");
		assertThat(c.skills().onlyA()).extracting((s) -> s.name().en()).containsExactly("CUDA");
		assertThat(c.skills().onlyB()).extracting((s) -> s.name().en()).containsExactly("Statistics");
	}

	@Test
	void swappedArgumentsMirrorTheResult() {
		Comparison ab = ComparisonService.compare(this.catalog, "builder", "analyst");
		Comparison ba = ComparisonService.compare(this.catalog, "analyst", "builder");
		assertThat(ba.skills().onlyA()).isEqualTo(ab.skills().onlyB());
		assertThat(ba.skills().onlyB()).isEqualTo(ab.skills().onlyA());
		assertThat(ba.skills().shared()).isEqualTo(ab.skills().shared());
		assertThat(ba.premiums().a()).isEqualTo(ab.premiums().b());
		assertThat(ba.outlook().b()).isEqualTo(ab.outlook().a());
		assertThat(ba.pay()).extracting(PayPlace::a).isEqualTo(ab.pay().stream().map(PayPlace::b).toList());
		assertThat(ba.sourceIds()).isEqualTo(ab.sourceIds());
	}

	@Test
	void keepsCurrenciesApartAndPutsPlacesBothSidesShareFirst() {
		Comparison c = ComparisonService.compare(this.catalog, "analyst", "builder");
		assertThat(c.pay()).extracting((p) -> p.currency().getCurrencyCode()).containsExactly("USD", "EUR");
		assertThat(c.pay()).allSatisfy((p) -> assertThat(p.a()).isEmpty());
		assertThat(c.pay().get(0).b()).allSatisfy((f) -> assertThat(f.currency().getCurrencyCode()).isEqualTo("USD"));
	}

	@Test
	void partialRoleComparesWithoutErrors() {
		Comparison c = ComparisonService.compare(this.catalog, "partial", "builder");
		assertThat(c.contrasts()).isEmpty();
		assertThat(c.skills().onlyA()).isEmpty();
		assertThat(c.skills().onlyB()).extracting(Skill::id).containsExactly(1L, 2L);
		assertThat(c.summary().a()).hasSize(1);
		assertThat(c.responsibilities().a()).isEmpty();
	}

	@Test
	void keepsOnlyContrastsThatInvolveBothRoles() {
		assertThat(ComparisonService.compare(this.catalog, "builder", "analyst").contrasts()).hasSize(1);
		assertThat(ComparisonService.compare(this.catalog, "builder", "partial").contrasts()).isEmpty();
	}

	@Test
	void refusesTheSameRoleTwiceAndUnknownRoles() {
		assertThatExceptionOfType(SameRoleException.class)
			.isThrownBy(() -> ComparisonService.compare(this.catalog, "builder", "builder"));
		assertThatExceptionOfType(RoleNotFoundException.class)
			.isThrownBy(() -> ComparisonService.compare(this.catalog, "builder", "pilot"));
	}

	@Test
	void parsesPairAddressesWithHyphenatedSlugs() {
		assertThat(CompareUrls.parse("machine-learning-engineer-vs-data-scientist"))
			.hasValueSatisfying((p) -> assertThat(p).containsExactly("machine-learning-engineer", "data-scientist"));
		assertThat(CompareUrls.parse("vs-data-scientist")).isEmpty();
		assertThat(CompareUrls.parse("data-scientist-vs-")).isEmpty();
		assertThat(CompareUrls.parse("nothing")).isEmpty();
	}

}
