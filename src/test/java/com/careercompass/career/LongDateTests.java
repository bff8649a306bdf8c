package com.careercompass.career;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LongDateTests {

	@Test
	void theFirstOfAMonthIsAnOrdinalInFrenchOnly() {
		LocalDate first = LocalDate.of(2026, 12, 1);
		assertThat(LongDate.format(first, Locale.FRENCH)).isEqualTo("1er décembre 2026");
		assertThat(LongDate.format(first, Locale.ENGLISH)).isEqualTo("December 1, 2026");
		assertThat(LongDate.format(LocalDate.of(2026, 11, 26), Locale.FRENCH)).isEqualTo("26 novembre 2026");
		assertThat(LongDate.format(LocalDate.of(2019, 12, 17), Locale.FRENCH)).isEqualTo("17 décembre 2019");
	}

}
