package com.careercompass.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careercompass.career.Catalog;
import com.careercompass.career.Contrast;
import com.careercompass.career.TestCatalogs;
import org.junit.jupiter.api.Test;

import static com.careercompass.career.TestCatalogs.text;
import static org.assertj.core.api.Assertions.assertThat;

class GlanceTests {

	private final Catalog catalog = TestCatalogs.small();

	/** The small catalog with a "core strengths" contrast before its other one. */
	static Catalog withStrengths(Catalog c) {
		List<Contrast> contrasts = new ArrayList<>();
		contrasts.add(new Contrast(Contrast.STRENGTHS, text("Core strengths", "Points forts"),
				Map.of("builder", text("Systems design", "Conception de systèmes"), "analyst",
						text("Statistics", "Statistiques")),
				Map.of("builder", text("like design", "aimez concevoir"), "analyst",
						text("like statistics", "aimez les statistiques")),
				List.of("src-a")));
		contrasts.addAll(c.contrasts());
		return new Catalog(c.sources(), c.roles(), c.facts(), c.skills(), c.pay(), c.payContext(), c.premiums(),
				c.outlook(), c.useCases(), contrasts, c.reviewedOn());
	}

	@Test
	void coreStrengthsComeFromTheContrastTheArticlesDraw() {
		Catalog c = withStrengths(this.catalog);
		Glance glance = Glance.of(c, ComparisonService.compare(c, "builder", "analyst"), (s, r) -> s.sourceIds(),
				Locale.FRENCH);
		assertThat(glance.strengthsA().text()).isEqualTo("Conception de systèmes");
		assertThat(glance.strengthsB().text()).isEqualTo("Statistiques");
		assertThat(glance.strengthsA().fromSkills()).isFalse();
	}

	@Test
	void withoutAContrastOnLanguagesItListsTheLanguagesTheArticlesNameAndSaysSo() {
		Glance glance = Glance.of(this.catalog, ComparisonService.compare(this.catalog, "builder", "analyst"),
				(s, r) -> s.sourceIds(), Locale.ENGLISH);
		assertThat(glance.languagesA().text()).isEqualTo("Python, CUDA");
		assertThat(glance.languagesA().fromSkills()).isTrue();
		assertThat(glance.languagesB().text()).isEqualTo("Python");
		assertThat(glance.strengthsA()).as("no contrast: what the profile shows, the skills named, marked as such")
			.satisfies((e) -> {
				assertThat(e.fromSkills()).isTrue();
				assertThat(e.text()).isEqualTo(
						com.careercompass.role.RoleGlance.Strengths.of(this.catalog, "builder", Locale.ENGLISH).text());
			});
	}

	@Test
	void aRoleWithNothingInTheSourcesGetsNothing() {
		Glance glance = Glance.of(this.catalog, ComparisonService.compare(this.catalog, "partial", "analyst"),
				(s, r) -> s.sourceIds(), Locale.ENGLISH);
		assertThat(glance.languagesA()).isNull();
		assertThat(glance.educationA()).isNull();
		assertThat(glance.outlookA()).isNull();
		assertThat(glance.outlookB()).isNotNull();
	}

}
