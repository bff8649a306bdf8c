package com.careercompass.role;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Statistic;
import com.careercompass.career.TestCatalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleGlanceTests {

	private static final Currency USD = Currency.getInstance("USD");

	private final Catalog catalog = TestCatalogs.small();

	@Test
	void eachCountryHeadlinesItsMostRecentNationWideMedianOrMeanAndCountsTheRest() {
		List<PayHeadline> lines = PayHeadline.of(this.catalog,
				List.of(figure(1, null, Statistic.MEAN, 90_000, 2019), figure(2, "Acme", Statistic.MEAN, 200_000, 2024),
						figure(3, null, Statistic.MEAN, 100_000, 2023), figure(4, null, Statistic.MEDIAN, 95_000, 2023),
						figure(5, null, Statistic.POINT, 120_000, null)),
				Locale.ENGLISH);
		assertThat(lines).singleElement().satisfies((line) -> {
			// 2023 beats 2019 and the undated figure; the median beats the mean of that
			// year; an employer's figure never heads a country
			assertThat(line.amount()).isEqualTo("$95,000");
			assertThat(line.statKey()).isEqualTo("pay.stat.median");
			assertThat(line.year()).isEqualTo(2023);
			assertThat(line.where()).isNull();
		});
	}

	@Test
	void aRangeHeadlineShowsItsTwoEndsFromTheSameSurvey() {
		List<PayHeadline> lines = PayHeadline.of(this.catalog,
				List.of(figure(1, null, Statistic.RANGE_HIGH, 157_000, 2023),
						figure(2, null, Statistic.RANGE_LOW, 80_000, 2023)),
				Locale.ENGLISH);
		assertThat(lines).singleElement().satisfies((line) -> {
			assertThat(line.amount()).isEqualTo("$80,000\u2013$157,000");
			assertThat(line.statKey()).isEqualTo(PayHeadline.RANGE);
		});
	}

	@Test
	void aCountryWithOnlyEmployersFiguresSaysWhoseFigureItShows() {
		List<PayHeadline> lines = PayHeadline.of(this.catalog,
				List.of(figure(1, "Acme", Statistic.POINT, 70_000, null)), Locale.ENGLISH);
		assertThat(lines).singleElement().satisfies((line) -> assertThat(line.where()).isEqualTo("Acme"));
	}

	@Test
	void whomTheRoleSuitsComesFromOurWordsForItsSideOfEachContrast() {
		RoleGlance glance = RoleGlance.of(this.catalog, "builder", Locale.ENGLISH);
		assertThat(glance.suits()).extracting(FactView::text).containsExactly("want to ship systems");
		assertThat(glance.strengths().fromSkills()).as("no strengths contrast in the small catalog").isTrue();
		assertThat(glance.strengths().text()).isEqualTo("Python");
		assertThat(RoleGlance.of(this.catalog, "partial", Locale.ENGLISH).empty()).isTrue();
	}

	private static PayFigure figure(long id, String employer, Statistic statistic, int amount, Integer year) {
		return new PayFigure(id, "builder", "US", null, employer, USD, statistic, BigDecimal.valueOf(amount), year,
				new LocalizedText("Survey " + year, "Enquête " + year), "src-a", false, null, null);
	}

}
