package com.careercompass.role;

import java.math.BigDecimal;
import java.util.Locale;

import com.careercompass.career.OutlookUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Large amounts in words of their size, in both languages. */
class OutlookAmountTests {

	@Test
	void millionsFromAThousandUpReadAsBillionsWithOneDecimal() {
		BigDecimal market = new BigDecimal("39986.7");
		assertThat(text(OutlookUnit.MILLION_USD, market, Locale.ENGLISH)).isEqualTo("outlook.unit.billion_usd 40.0");
		assertThat(text(OutlookUnit.MILLION_USD, market, Locale.FRENCH)).isEqualTo("outlook.unit.billion_usd 40,0");
		assertThat(text(OutlookUnit.MILLION_USD, new BigDecimal("850"), Locale.ENGLISH))
			.isEqualTo("outlook.unit.million_usd 850");
	}

	@Test
	void trillionsStayTrillionsInEnglishAndBecomeBillionsInFrench() {
		BigDecimal genAi = new BigDecimal("4.4");
		assertThat(text(OutlookUnit.TRILLION_USD, genAi, Locale.ENGLISH)).isEqualTo("outlook.unit.trillion_usd 4.4");
		assertThat(text(OutlookUnit.TRILLION_USD, genAi, Locale.FRENCH)).isEqualTo("outlook.unit.billion_usd 4 400");
	}

	private static String text(OutlookUnit unit, BigDecimal value, Locale locale) {
		OutlookView.Amount amount = OutlookView.Amount.of(unit, value, locale);
		// French groups digits with a narrow no-break space: compared as a plain space
		return amount.key() + " " + amount.number().replace('\u202f', ' ').replace('\u00a0', ' ');
	}

}
