package com.careercompass.system.format;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypographyTests {

	@Test
	void frenchTakesNarrowSpacesCurlyApostrophesAndEnDashesBetweenYears() {
		assertThat(Typography.french("Vous hésitez ? 36 % de 2021-2031, l'article"))
			.isEqualTo("Vous hésitez\u202F? 36\u202F% de 2021\u20132031, l’article");
		assertThat(Typography.french("TCAC 2017-2025 ; période 2012-2017"))
			.isEqualTo("TCAC 2017\u20132025\u202F; période 2012\u20132017");
	}

	@Test
	void onlyTwoYearsMakeARange() {
		assertThat(Typography.french("ISO 3166-1, 12-2021, 2021-12-01, 100-200"))
			.isEqualTo("ISO 3166-1, 12-2021, 2021-12-01, 100-200");
		assertThat(Typography.of("2021-2031", Locale.ENGLISH)).as("English is left as it is").isEqualTo("2021-2031");
	}

}
