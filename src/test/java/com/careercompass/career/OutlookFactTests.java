package com.careercompass.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The horizon rule: a forecast for a year has passed once that year is over.
 */
class OutlookFactTests {

	@Test
	void aHorizonPassesWhenItsYearIsOver() {
		OutlookFact for2025 = fact(2020, 2025);
		assertThat(for2025.horizonPassed(LocalDate.of(2025, 6, 1))).as("before").isFalse();
		assertThat(for2025.horizonPassed(LocalDate.of(2025, 12, 31))).as("on its last day").isFalse();
		assertThat(for2025.horizonPassed(LocalDate.of(2026, 1, 1))).as("after").isTrue();
		assertThat(fact(null, null).horizonPassed(LocalDate.of(2100, 1, 1))).as("no horizon never passes").isFalse();
	}

	@Test
	void theHeadlineIsACurrentFigureBeforeAPassedOne() {
		LocalDate reviewed = LocalDate.of(2026, 12, 1);
		OutlookFact passed = fact(2020, 2025);
		OutlookFact current = fact(2023, 2027);
		OutlookFact words = new OutlookFact(null, new LocalizedText("w", "w"), null, null, null, null, "s", null, null,
				null);
		assertThat(OutlookFact.headline(List.of(words, passed, current), reviewed)).contains(current);
		assertThat(OutlookFact.headline(List.of(words, passed), reviewed)).contains(passed);
		assertThat(OutlookFact.headline(List.of(words), reviewed)).isEmpty();
	}

	private static OutlookFact fact(Integer made, Integer horizon) {
		return new OutlookFact(null, new LocalizedText("t", "t"), BigDecimal.TEN, OutlookUnit.PERCENT, null, null, "s",
				made, horizon, null);
	}

}
