package com.careercompass.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.Contrast;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.TestCatalogs;
import org.junit.jupiter.api.Test;

import static com.careercompass.career.TestCatalogs.text;
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

	/**
	 * With more contrasts than points (eight here, beside a responsibility and a skill
	 * only the builder needs), the decision keeps to five, contrasts first, in the
	 * articles' order, and still ends with the skills.
	 */
	@Test
	void neverMoreThanFivePoints() {
		Catalog c = this.catalog;
		List<Contrast> contrasts = new ArrayList<>(c.contrasts());
		for (int i = 1; i <= 7; i++) {
			contrasts
				.add(new Contrast("extra-" + i, text("Aspect " + i, "Aspect " + i),
						Map.of("builder", text("B" + i, "B" + i), "analyst", text("A" + i, "A" + i)), Map.of("builder",
								text("like b" + i, "aimez b" + i), "analyst", text("like a" + i, "aimez a" + i)),
						List.of("src-a")));
		}
		Catalog many = new Catalog(c.sources(), c.roles(), c.facts(), c.skills(), c.pay(), c.payContext(), c.premiums(),
				c.outlook(), c.useCases(), contrasts, c.reviewedOn());
		Decision decision = Decision.of(ComparisonService.compare(many, "builder", "analyst"));
		assertThat(decision.a()).hasSize(Decision.MAX);
		// the analyst has no responsibility in the fixture: three contrasts and its
		// skills
		assertThat(decision.b()).extracting(Decision.Point::kind)
			.containsExactly(Decision.Point.Kind.CONTRAST, Decision.Point.Kind.CONTRAST, Decision.Point.Kind.CONTRAST,
					Decision.Point.Kind.SKILLS);
		assertThat(decision.a()).extracting((p) -> (p.aspect() != null) ? p.aspect().en() : p.kind().name())
			.startsWith("Output", "Aspect 1")
			.endsWith("SKILLS");
	}

	@Test
	void contrastsShownAtAGlanceAreNotRepeatedInTheDecision() {
		Catalog withStrengths = GlanceTests.withStrengths(this.catalog);
		Decision decision = Decision.of(ComparisonService.compare(withStrengths, "builder", "analyst"));
		assertThat(decision.a()).extracting((p) -> (p.aspect() != null) ? p.aspect().en() : p.kind().name())
			.containsExactly("Output", "RESPONSIBILITY", "SKILLS");
	}

}
