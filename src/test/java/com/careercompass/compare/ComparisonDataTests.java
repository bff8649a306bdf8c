package com.careercompass.compare;

import java.util.Set;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ML Engineer / Data Scientist comparison over the real data: expectations computed
 * from the data itself.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CatalogService.class)
class ComparisonDataTests {

	private static final String MLE = "machine-learning-engineer";

	private static final String DS = "data-scientist";

	@Autowired
	CatalogService catalogs;

	@Test
	void overlapOfMlEngineerAndDataScientistMatchesTheSkillTable() {
		Catalog catalog = this.catalogs.catalog();
		Set<Long> mle = ids(catalog, MLE);
		Set<Long> ds = ids(catalog, DS);
		Comparison c = ComparisonService.compare(catalog, MLE, DS);
		assertThat(idsOf(c.skills().shared())).isEqualTo(mle.stream().filter(ds::contains).collect(Collectors.toSet()));
		assertThat(idsOf(c.skills().onlyA()))
			.isEqualTo(mle.stream().filter((id) -> !ds.contains(id)).collect(Collectors.toSet()));
		assertThat(idsOf(c.skills().onlyB()))
			.isEqualTo(ds.stream().filter((id) -> !mle.contains(id)).collect(Collectors.toSet()));
		assertThat(c.skills().shared().size() + c.skills().onlyA().size() + c.skills().onlyB().size())
			.as("every skill of either role is in exactly one region")
			.isEqualTo(mle.size() + ds.size() - c.skills().shared().size());
	}

	@Test
	void everyContrastOfTheDataIsShownForThePair() {
		Catalog catalog = this.catalogs.catalog();
		assertThat(ComparisonService.compare(catalog, DS, MLE).contrasts()).hasSameSizeAs(catalog.contrasts());
	}

	@Test
	void payIsMatchedByCountryAndCurrencyNeverMixed() {
		Comparison c = ComparisonService.compare(this.catalogs.catalog(), MLE, DS);
		assertThat(c.pay()).filteredOn(PayPlace::both)
			.extracting((p) -> p.country() + "/" + p.currency().getCurrencyCode())
			.containsExactly("US/USD", "FR/EUR");
		assertThat(c.pay()).allSatisfy((p) -> assertThat(java.util.stream.Stream.concat(p.a().stream(), p.b().stream()))
			.allSatisfy((f) -> assertThat(f.currency()).isEqualTo(p.currency())));
		assertThat(c.pay()).filteredOn((p) -> !p.both()).extracting(PayPlace::country).containsExactly("IN");
	}

	@Test
	void everyPairOfRolesCompares() {
		Catalog catalog = this.catalogs.catalog();
		for (Role a : catalog.roles()) {
			for (Role b : catalog.roles()) {
				if (!a.equals(b)) {
					Comparison c = ComparisonService.compare(catalog, a.slug(), b.slug());
					assertThat(c.sourceIds()).as(a.slug() + " vs " + b.slug()).isNotEmpty();
				}
			}
		}
	}

	private static Set<Long> ids(Catalog catalog, String slug) {
		return catalog.skills()
			.stream()
			.filter((s) -> s.roleSlugs().contains(slug))
			.map(Skill::id)
			.collect(Collectors.toSet());
	}

	private static Set<Long> idsOf(java.util.List<Skill> skills) {
		return skills.stream().map(Skill::id).collect(Collectors.toSet());
	}

}
