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

	/** After a colon French takes a lower-case letter, except for a name. */
	@Test
	void aTextContinuingASentenceStartsInLowerCaseUnlessWithAName() {
		assertThat(Typography.continuing("Logiciels autonomes et systèmes de ML", "Self-running software"))
			.isEqualTo("logiciels autonomes et systèmes de ML");
		assertThat(Typography.continuing("L’architecte, qui dessine les plans", "The architect"))
			.isEqualTo("l’architecte, qui dessine les plans");
		assertThat(Typography.continuing("Python, R, SQL", "Python, R, SQL")).as("a name, the same in English")
			.isEqualTo("Python, R, SQL");
		assertThat(Typography.continuing("SQL et autres langages", "Query languages")).as("an acronym")
			.isEqualTo("SQL et autres langages");
		assertThat(Typography.continuing("Moyenne", null)).as("our own label").isEqualTo("moyenne");
	}

	@Test
	void aJobMidSentenceIsWrittenInLowerCaseInFrenchOnly() {
		assertThat(Formats.inSentence("Ingénieur ML", Locale.FRENCH)).isEqualTo("ingénieur ML");
		assertThat(Formats.inSentence("Ingénieur en Machine Learning (ML Engineer)", Locale.FRENCH))
			.isEqualTo("ingénieur en machine learning (ML Engineer)");
		assertThat(Formats.ofName("Data Scientist", Locale.FRENCH)).isEqualTo("de data scientist");
		assertThat(Formats.ofName("Ingénieur IA", Locale.FRENCH)).isEqualTo("d’ingénieur IA");
		assertThat(Formats.ofName("Data Scientist", Locale.ENGLISH)).isEqualTo("Data Scientist");
	}

}
