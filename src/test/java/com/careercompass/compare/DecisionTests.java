package com.careercompass.compare;

import com.careercompass.career.Catalog;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.TestCatalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionTests {

	private final Catalog catalog = TestCatalogs.small();

	@Test
	void pointsComeFromTheContrastThenResponsibilitiesThenSkillsOnlyThisRoleNeeds() {
		Decision decision = Decision.of(ComparisonService.compare(this.catalog, "builder", "analyst"));
		// builder: the contrast's side, its one responsibility, CUDA (Python is shared)
		assertThat(decision.a()).extracting(Decision.Point::kind)
			.containsExactly(Decision.Point.Kind.CONTRAST, Decision.Point.Kind.RESPONSIBILITY,
					Decision.Point.Kind.SKILLS);
		assertThat(decision.a().get(0).aspect().en()).isEqualTo("Output");
		assertThat(decision.a().get(0).text().en()).isEqualTo("Systems");
		assertThat(decision.a().get(0).reason().en()).isEqualTo("want to ship systems");
		assertThat(decision.a().get(1).text().en()).isEqualTo("Deploys models");
		// a responsibility without our own words for the reader: the page words it by
		// kind
		assertThat(decision.a().get(1).reason()).isNull();
		assertThat(decision.a().get(2).skills()).extracting(LocalizedText::en).containsExactly("CUDA");
		assertThat(decision.a()).allSatisfy((p) -> assertThat(p.sourceIds()).containsExactly("src-a"));
		// analyst: its side of the contrast and Statistics; it has no responsibility
		assertThat(decision.b()).extracting(Decision.Point::kind)
			.containsExactly(Decision.Point.Kind.CONTRAST, Decision.Point.Kind.SKILLS);
		assertThat(decision.b().get(0).text().en()).isEqualTo("Reports");
	}

	@Test
	void aRoleTheSourcesSayLittleAboutGetsNoInventedPoints() {
		Decision decision = Decision.of(ComparisonService.compare(this.catalog, "partial", "builder"));
		assertThat(decision.a()).isEmpty();
		// builder against a role without contrasts or skills: its responsibility only
		// ("skills
		// not named for the other" says nothing when the sources name none for the other)
		assertThat(decision.b()).extracting(Decision.Point::kind).containsExactly(Decision.Point.Kind.RESPONSIBILITY);
		assertThat(decision.b().get(0).text().en()).isEqualTo("Deploys models");
	}

	@Test
	void neverMoreThanFivePoints() {
		Decision decision = Decision.of(ComparisonService.compare(this.catalog, "analyst", "builder"));
		assertThat(decision.a()).hasSizeLessThanOrEqualTo(Decision.MAX);
		assertThat(decision.b()).hasSizeLessThanOrEqualTo(Decision.MAX);
	}

	@Test
	void contrastsShownAtAGlanceAreNotRepeatedInTheDecision() {
		Catalog withStrengths = GlanceTests.withStrengths(this.catalog);
		Decision decision = Decision.of(ComparisonService.compare(withStrengths, "builder", "analyst"));
		assertThat(decision.a()).extracting((p) -> (p.aspect() != null) ? p.aspect().en() : p.kind().name())
			.containsExactly("Output", "RESPONSIBILITY", "SKILLS");
	}

}
