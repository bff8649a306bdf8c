package com.careercompass.career;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The old-figure rule by date, not by calendar year: the survey month where known, else
 * its year, else the article's publication date; more than five years before the review
 * (1 December 2026 here) is old; nothing to date a figure by is said too. Outlook facts
 * are dated the same way by their report's year.
 */
class DateMarkRuleTests {

	private static final Source DATED = source("dated", LocalDate.of(2019, 12, 17), 2019);

	private static final Source RECENT = source("recent", LocalDate.of(2022, 3, 1), 2022);

	private static final Source UNDATED = source("undated", null, null);

	private static final Catalog CATALOG = new Catalog(List.of(DATED, RECENT, UNDATED), List.of(), List.of(), List.of(),
			List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), LocalDate.of(2026, 12, 1));

	@Test
	void aSurveyMonthDatesTheFigure() {
		assertThat(CATALOG.dateMark(figure(2021, 5, "dated"), Locale.ENGLISH)).as("May 2021: 5 years 6 months")
			.isEqualTo(DateMark.old("May 2021"));
		assertThat(CATALOG.dateMark(figure(2021, 5, "dated"), Locale.FRENCH).when()).isEqualTo("mai 2021");
		assertThat(CATALOG.dateMark(figure(2021, 12, "dated"), Locale.ENGLISH)).as("December 2021: not yet").isNull();
	}

	@Test
	void aYearAloneCountsFromItsLastDay() {
		assertThat(CATALOG.dateMark(figure(2021, null, "dated"), Locale.ENGLISH)).as("2021: not yet old").isNull();
		assertThat(CATALOG.dateMark(figure(2020, null, "dated"), Locale.ENGLISH)).isEqualTo(DateMark.old("2020"));
	}

	@Test
	void withoutAYearTheArticleDatesTheFigureAndTheMarkSaysSo() {
		DateMark mark = CATALOG.dateMark(figure(null, null, "dated"), Locale.ENGLISH);
		assertThat(mark).isEqualTo(DateMark.oldArticle("2019"));
		assertThat(mark.messageKey()).isEqualTo("dated.old.article");
		assertThat(CATALOG.dateMark(figure(null, null, "recent"), Locale.ENGLISH)).as("article of 2022").isNull();
	}

	private static PayFigure figure(Integer year, Integer month, String source) {
		return new PayFigure(1, "r", "US", null, null, Currency.getInstance("USD"), Statistic.MEAN, BigDecimal.TEN,
				year, null, source, false, null, month);
	}

	private static Source source(String id, LocalDate published, Integer year) {
		LocalizedText text = new LocalizedText(id, id);
		return new Source(id, text, text, text, year, published, null, "fr", false, SourceKind.PERSONAL_BLOG);
	}

}
