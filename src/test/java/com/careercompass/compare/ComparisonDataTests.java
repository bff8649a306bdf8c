package com.careercompass.compare;

import java.util.ArrayList;
import java.util.List;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.support.AlsoOnPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ML Engineer / Data Scientist comparison over the real data, against expected values
 * written out from the editorial source.
 */
@AlsoOnPostgres
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogService.class, com.careercompass.career.data.CatalogRows.Reader.class })
class ComparisonDataTests {

	private static final String MLE = "machine-learning-engineer";

	private static final String DS = "data-scientist";

	@Autowired
	CatalogService catalogs;

	/**
	 * Written out from the skills of career-facts.yaml (the editorial source), not from
	 * the code under test.
	 */
	@Test
	void overlapOfMlEngineerAndDataScientistIsTheOneTheArticlesGive() {
		Comparison c = ComparisonService.compare(this.catalogs.catalog(), MLE, DS);
		assertThat(names(c.skills().shared())).containsExactlyInAnyOrder("Python", "R",
				"Cloud platforms (AWS, Microsoft Azure, Google Cloud)", "Metadata storage and optimisation",
				"Technical aptitude", "Analytical thinking and problem solving",
				"Data management with large data volumes", "Written and verbal communication, presentations",
				"Linear algebra and calculus");
		assertThat(names(c.skills().onlyA())).hasSize(25)
			.contains("Data structures", "Java", "C and C++", "GPU architectures and CUDA", "Distributed computing",
					"Reinforcement learning", "Deployment: cloud environments, ML pipelines, production monitoring")
			.doesNotContain("Python", "Statistics", "Microsoft Excel");
		assertThat(names(c.skills().onlyB())).containsExactlyInAnyOrder("Statistics", "Data analysis",
				"Data visualisation", "SQL and other query languages",
				"Database design and programming, incl. NoSQL and cloud databases",
				"Data collection and cleaning tools, incl. business-intelligence (BI) tools",
				"Statistical software: SPSS, MATLAB, SAS",
				"Descriptive, diagnostic, predictive and prescriptive analytics", "Building ML models",
				"Model validation and deployment tools (SAS, Neptune, Kubeflow, Google AI)",
				"API tooling (Amazon API Gateway, IBM API Connect)", "Microsoft Excel", "Git and GitHub");
	}

	/**
	 * Every reason to choose a role, for the main pair and for each pair with a role the
	 * sources say little about: a sentence to the reader in both languages (from the
	 * data; skills points take the page's own), never opening on a bare label, with the
	 * fact it rests on and at least one source.
	 */
	@Test
	void everyReasonToChooseSpeaksToTheReaderAndRestsOnASourcedFact() {
		Catalog catalog = this.catalogs.catalog();
		List<Decision> decisions = new ArrayList<>();
		decisions.add(Decision.of(ComparisonService.compare(catalog, MLE, DS)));
		decisions.add(Decision.of(ComparisonService.compare(catalog, DS, MLE)));
		for (Role partial : catalog.roles().stream().filter(Role::partial).toList()) {
			decisions.add(Decision.of(ComparisonService.compare(catalog, MLE, partial.slug())));
			decisions.add(Decision.of(ComparisonService.compare(catalog, partial.slug(), DS)));
		}
		List<Decision.Point> points = decisions.stream()
			.flatMap((d) -> java.util.stream.Stream.concat(d.a().stream(), d.b().stream()))
			.toList();
		assertThat(decisions.get(0).a()).hasSizeBetween(3, Decision.MAX);
		assertThat(decisions.get(0).b()).hasSizeBetween(3, Decision.MAX);
		assertThat(points).allSatisfy((p) -> {
			assertThat(p.sourceIds()).isNotEmpty();
			if (p.kind() == Decision.Point.Kind.SKILLS) {
				assertThat(p.skills()).isNotEmpty();
				assertThat(p.reason()).isNull();
				return;
			}
			assertThat(p.text()).isNotNull();
			assertThat(p.reason()).isNotNull();
			for (String reason : List.of(p.reason().en(), p.reason().fr())) {
				// completes "Choose … if you…": starts in lower case, no "Label:" opening
				assertThat(reason).matches("^\\p{Ll}.*").doesNotMatch("^[^:]{1,40}\\s?:.*");
				assertThat(reason).isNotEqualTo(p.text().en()).isNotEqualTo(p.text().fr());
			}
		});
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

	private static java.util.List<String> names(java.util.List<Skill> skills) {
		return skills.stream().map((skill) -> skill.name().en()).toList();
	}

}
