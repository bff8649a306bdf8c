package com.careercompass.compare;

import java.math.BigDecimal;
import java.util.List;

import com.careercompass.career.OutlookFact;
import com.careercompass.career.OutlookUnit;
import org.junit.jupiter.api.Test;

import static com.careercompass.career.TestCatalogs.text;
import static org.assertj.core.api.Assertions.assertThat;

class OutlookHeadlinesTests {

	private static final java.time.LocalDate REVIEWED = java.time.LocalDate.of(2026, 12, 1);

	@Test
	void comparableFiguresGetNoNote() {
		OutlookHeadlines h = OutlookHeadlines.of(List.of(fact("a", OutlookUnit.PERCENT, "2021-2031", "BLS")),
				List.of(fact("b", OutlookUnit.PERCENT, "2021-2031", "BLS")), REVIEWED);
		assertThat(h.differences()).isEmpty();
	}

	@Test
	void eachDifferenceInMeasurePeriodOrSurveyIsNamed() {
		OutlookFact wef = fact("a", OutlookUnit.PERCENT_PER_YEAR, "to 2027", "WEF");
		OutlookFact bls = fact("b", OutlookUnit.PERCENT, "2021-2031", "BLS");
		assertThat(OutlookHeadlines.of(List.of(wef), List.of(bls), REVIEWED).differences()).containsExactlyInAnyOrder(
				OutlookHeadlines.Difference.MEASURE, OutlookHeadlines.Difference.PERIOD,
				OutlookHeadlines.Difference.SURVEY);
		assertThat(OutlookHeadlines
			.of(List.of(fact("a", OutlookUnit.PERCENT, "2021-2031", "BLS")),
					List.of(fact("b", OutlookUnit.PERCENT, "2020-2030", "BLS")), REVIEWED)
			.differences()).containsExactly(OutlookHeadlines.Difference.PERIOD);
	}

	@Test
	void theHeadlineIsTheFirstFactWithAFigureAndNoneMeansNoNote() {
		OutlookFact words = new OutlookFact("a", text("Demand grew", "La demande a crû"), null, null, null, null, "src",
				null, null, null);
		OutlookFact figure = fact("a", OutlookUnit.PERCENT, "2021-2031", "BLS");
		OutlookHeadlines h = OutlookHeadlines.of(List.of(words, figure), List.of(), REVIEWED);
		assertThat(h.a()).isEqualTo(figure);
		assertThat(h.b()).isNull();
		assertThat(h.differences()).isEmpty();
	}

	@Test
	void aPassedForecastIsNeverTheHeadlineWhereACurrentFigureExists() {
		OutlookFact passed = new OutlookFact("a", text("to 2025", "jusqu’en 2025"), new BigDecimal("40"),
				OutlookUnit.PERCENT, null, null, "src", 2020, 2025, null);
		OutlookFact current = new OutlookFact("a", text("to 2027", "jusqu’en 2027"), new BigDecimal("30"),
				OutlookUnit.PERCENT, null, null, "src", 2023, 2027, null);
		assertThat(OutlookHeadlines.of(List.of(passed, current), List.of(), REVIEWED).a()).isEqualTo(current);
		assertThat(OutlookHeadlines.of(List.of(passed), List.of(), REVIEWED).a()).as("the only figure still shows")
			.isEqualTo(passed);
	}

	private static OutlookFact fact(String role, OutlookUnit unit, String period, String survey) {
		return new OutlookFact(role, text("grows", "croît"), new BigDecimal("30"), unit,
				(period != null) ? text(period, period) : null, text(survey, survey), "src", null, null, null);
	}

}
