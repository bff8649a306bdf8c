package com.careercompass.compare;

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
 * The ML Engineer / Data Scientist comparison over the real data, against expected values
 * written out from the editorial source.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CatalogService.class)
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
