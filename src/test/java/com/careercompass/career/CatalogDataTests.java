package com.careercompass.career;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.DocClaims;
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

	/** docs/data.md counts what the catalog holds, in one sentence and in its table. */
	@Test
	void docsDataCountsWhatTheCatalogHolds() throws IOException {
		Matcher counts = Pattern
			.compile("(\\d+)\\s+sources, (\\d+) roles \\((\\d+) partial\\), (\\d+) skills, (\\d+) pay figures "
					+ "\\((\\d+) repaired\\), (\\d+) pay-context facts, (\\d+) premiums, (\\d+) outlook facts,\\s+"
					+ "(\\d+) use cases, (\\d+) contrasts")
			.matcher(Files.readString(Path.of("docs/data.md")));
		assertThat(counts.find()).as("docs/data.md's counts (reworded? update this test)").isTrue();
		List<Integer> said = IntStream.rangeClosed(1, counts.groupCount())
			.mapToObj((i) -> Integer.valueOf(counts.group(i)))
			.toList();
		assertThat(said).containsExactly(this.catalog.sources().size(), this.catalog.roles().size(),
				(int) this.catalog.roles().stream().filter(Role::partial).count(), this.catalog.skills().size(),
				this.catalog.pay().size(), (int) this.catalog.pay().stream().filter(PayFigure::repaired).count(),
				this.catalog.payContext().size(), this.catalog.premiums().size(), this.catalog.outlook().size(),
				this.catalog.useCases().size(), this.catalog.contrasts().size());
		assertThat(DocClaims.counts("docs/data.md", "`category` upper-cased; (\\d+) skills"))
			.containsOnly(this.catalog.skills().size());
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
