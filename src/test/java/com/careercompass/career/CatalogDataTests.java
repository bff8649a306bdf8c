package com.careercompass.career;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.careercompass.support.AlsoOnPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway migrations load every fact of the editorial source, and the catalog reads
 * them back whole. Runs against the configured database (embedded H2, or PostgreSQL with
 * the postgres profile).
 */
@AlsoOnPostgres
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogService.class, com.careercompass.career.data.CatalogRows.Reader.class })
class CatalogDataTests {

	@Autowired
	CatalogService service;

	Catalog catalog;

	@BeforeEach
	void load() {
		this.catalog = this.service.catalog();
	}

	/**
	 * docs/generated/catalog.md: what the catalog holds, counted from it (docs/data.md
	 * links it instead of quoting the counts).
	 */
	@Test
	void theCatalogCountsAreWrittenFromTheCatalog() throws IOException {
		Catalog c = this.catalog;
		String doc = com.careercompass.support.GeneratedDoc.banner("CatalogDataTests")
				+ "# The catalog in figures\n\n| what | now |\n|---|---|\n"
				+ "| sources | %d |\n".formatted(c.sources().size())
				+ "| roles (partial: only some of their facts documented) | %d (%d partial) |\n"
					.formatted(c.roles().size(), c.roles().stream().filter(Role::partial).count())
				+ "| skills | %d |\n".formatted(c.skills().size())
				+ "| pay figures (repaired by hand from garbled source figures) | %d (%d repaired) |\n"
					.formatted(c.pay().size(), c.pay().stream().filter(PayFigure::repaired).count())
				+ "| pay-context facts | %d |\n".formatted(c.payContext().size())
				+ "| pay-boosting skills (premiums) | %d |\n".formatted(c.premiums().size())
				+ "| outlook facts | %d |\n".formatted(c.outlook().size())
				+ "| use cases | %d |\n".formatted(c.useCases().size())
				+ "| contrasts | %d |\n".formatted(c.contrasts().size());
		com.careercompass.support.GeneratedDoc.check(Path.of("docs/generated/catalog.md"), "CatalogDataTests", doc);
	}

	@Test
	void loadsEveryFactOfTheEditorialSource() {
		assertThat(this.catalog.sources()).hasSize(5);
		assertThat(this.catalog.roles()).hasSize(5);
		assertThat(this.catalog.roles().stream().filter(Role::partial)).hasSize(3);
		assertThat(this.catalog.skills()).hasSize(47);
		assertThat(this.catalog.pay()).hasSize(22);
		assertThat(this.catalog.payContext()).hasSize(3);
		assertThat(this.catalog.premiums()).hasSize(9);
		assertThat(this.catalog.outlook()).hasSize(12);
		assertThat(this.catalog.useCases()).hasSize(8);
		assertThat(this.catalog.contrasts()).hasSize(7);
	}

	@Test
	void comparedRolesComeFirstAndAreComplete() {
		assertThat(this.catalog.roles()).extracting(Role::slug)
			.startsWith("machine-learning-engineer", "data-scientist");
		assertThat(this.catalog.factsOf("machine-learning-engineer", FactKind.RESPONSIBILITY)).hasSize(16);
		assertThat(this.catalog.factsOf("data-scientist", FactKind.RESPONSIBILITY)).hasSize(7);
		assertThat(this.catalog.factsOf("machine-learning-engineer", FactKind.EDUCATION)).hasSize(5);
		assertThat(this.catalog.factsOf("machine-learning-engineer", FactKind.SUMMARY)).hasSize(10);
		assertThat(this.catalog.factsOf("data-scientist", FactKind.EDUCATION)).hasSize(2);
	}

	@Test
	void keepsPayScaleMeanForMlEngineer() {
		assertThat(figure("machine-learning-engineer", "US", Statistic.MEAN, 2023)).satisfies((f) -> {
			assertThat(f.amount()).isEqualByComparingTo("115243");
			assertThat(f.currency().getCurrencyCode()).isEqualTo("USD");
			assertThat(f.survey().en()).startsWith("PayScale");
			assertThat(f.sourceId()).isEqualTo("dataversity-2023");
			assertThat(f.repaired()).isTrue();
		});
	}

	@Test
	void keepsBlsMedianForDataScientist() {
		PayFigure bls = figure("data-scientist", "US", Statistic.MEDIAN, 2021);
		assertThat(bls.amount()).isEqualByComparingTo("100910");
		assertThat(bls.survey().en()).contains("Bureau of Labor Statistics");
		assertThat(bls.repaired()).isTrue();
	}

	@Test
	void keepsIndianGlassdoorMeanInRupees() {
		PayFigure india = this.catalog.payOf("machine-learning-engineer")
			.stream()
			.filter((f) -> f.country().equals("IN") && f.employer() == null)
			.findFirst()
			.orElseThrow();
		assertThat(india.amount()).isEqualByComparingTo("795677");
		assertThat(india.currency().getCurrencyCode()).isEqualTo("INR");
		assertThat(india.statistic()).isEqualTo(Statistic.MEAN);
		assertThat(india.year()).isNull();
	}

	@Test
	void marksExactlyEightRepairedFigures() {
		assertThat(this.catalog.pay().stream().filter(PayFigure::repaired)).hasSize(8)
			.allSatisfy((f) -> assertThat(f.note()).isNotNull());
	}

	@Test
	void rangesComeInPairsFromTheSameSurvey() {
		long lows = this.catalog.pay().stream().filter((f) -> f.statistic() == Statistic.RANGE_LOW).count();
		long highs = this.catalog.pay().stream().filter((f) -> f.statistic() == Statistic.RANGE_HIGH).count();
		assertThat(lows).isEqualTo(highs).isEqualTo(5);
		assertThat(this.catalog.pay()).allSatisfy((f) -> assertThat(f.amount()).isGreaterThan(BigDecimal.ZERO));
	}

	@Test
	void everyFactCitesAKnownSource() {
		List<String> ids = this.catalog.sources().stream().map(Source::id).toList();
		Stream
			.of(this.catalog.facts().stream().flatMap((f) -> f.sourceIds().stream()),
					this.catalog.skills().stream().flatMap((s) -> s.sourceIds().stream()),
					this.catalog.pay().stream().map(PayFigure::sourceId),
					this.catalog.premiums().stream().map(PayPremium::sourceId),
					this.catalog.outlook().stream().map(OutlookFact::sourceId),
					this.catalog.useCases().stream().flatMap((u) -> u.sourceIds().stream()),
					this.catalog.contrasts().stream().flatMap((c) -> c.sourceIds().stream()))
			.flatMap((s) -> s)
			.forEach((id) -> assertThat(ids).contains(id));
		assertThat(this.catalog.facts()).allSatisfy((f) -> assertThat(f.sourceIds()).isNotEmpty());
		assertThat(this.catalog.skills()).allSatisfy((s) -> assertThat(s.sourceIds()).isNotEmpty());
		assertThat(this.catalog.skills()).allSatisfy((s) -> assertThat(s.roleSlugs()).isNotEmpty());
	}

	@Test
	void everySentenceHasItsOwnFrenchVersion() {
		Stream<LocalizedText> sentences = Stream
			.of(this.catalog.facts().stream().map(RoleFact::text),
					this.catalog.outlook().stream().map(OutlookFact::text),
					this.catalog.useCases().stream().map(UseCase::text),
					this.catalog.contrasts().stream().map(Contrast::aspect),
					this.catalog.contrasts().stream().flatMap((c) -> c.sides().values().stream()))
			.flatMap((s) -> s);
		assertThat(sentences).allSatisfy((t) -> {
			assertThat(t.fr()).isNotBlank();
			if (!onlyNames(t.en())) {
				assertThat(t.fr()).isNotEqualTo(t.en());
			}
		});
		assertThat(this.catalog.skills()).allSatisfy((s) -> assertThat(s.name().fr()).isNotBlank());
	}

	@Test
	void everyContrastSetsDataScientistAgainstMlEngineer() {
		assertThat(this.catalog.contrasts()).allSatisfy(
				(c) -> assertThat(c.sides().keySet()).containsExactly("machine-learning-engineer", "data-scientist"));
	}

	/**
	 * A list of proper names such as "Python, R, SQL" reads the same in both languages.
	 */
	private static boolean onlyNames(String text) {
		return Stream.of(text.split("[\\s,()]+"))
			.allMatch((word) -> word.isEmpty() || Character.isUpperCase(word.charAt(0)));
	}

	private PayFigure figure(String role, String country, Statistic statistic, int year) {
		return this.catalog.payOf(role)
			.stream()
			.filter((f) -> f.country().equals(country) && f.statistic() == statistic
					&& Integer.valueOf(year).equals(f.year()))
			.findFirst()
			.orElseThrow();
	}

}
