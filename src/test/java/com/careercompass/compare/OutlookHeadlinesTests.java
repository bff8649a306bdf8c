package com.careercompass.compare;

import java.math.BigDecimal;
import java.util.List;

import com.careercompass.career.OutlookFact;
import com.careercompass.career.OutlookUnit;
import org.junit.jupiter.api.Test;

import static com.careercompass.career.TestCatalogs.text;
import static org.assertj.core.api.Assertions.assertThat;

class OutlookHeadlinesTests {

	@Test
	void comparableFiguresGetNoNote() {
		OutlookHeadlines h = OutlookHeadlines.of(List.of(fact("a", OutlookUnit.PERCENT, "2021-2031", "BLS")),
				List.of(fact("b", OutlookUnit.PERCENT, "2021-2031", "BLS")));
		assertThat(h.differences()).isEmpty();
	}

	@Test
	void eachDifferenceInMeasurePeriodOrSurveyIsNamed() {
		OutlookFact wef = fact("a", OutlookUnit.PERCENT_PER_YEAR, "to 2027", "WEF");
		OutlookFact bls = fact("b", OutlookUnit.PERCENT, "2021-2031", "BLS");
		assertThat(OutlookHeadlines.of(List.of(wef), List.of(bls)).differences()).containsExactlyInAnyOrder(
				OutlookHeadlines.Difference.MEASURE, OutlookHeadlines.Difference.PERIOD,
				OutlookHeadlines.Difference.SURVEY);
		assertThat(OutlookHeadlines
			.of(List.of(fact("a", OutlookUnit.PERCENT, "2021-2031", "BLS")),
					List.of(fact("b", OutlookUnit.PERCENT, "2020-2030", "BLS")))
			.differences()).containsExactly(OutlookHeadlines.Difference.PERIOD);
	}

	@Test
	void theHeadlineIsTheFirstFactWithAFigureAndNoneMeansNoNote() {
		OutlookFact words = new OutlookFact("a", text("Demand grew", "La demande a crû"), null, null, null, null,
				"src");
		OutlookFact figure = fact("a", OutlookUnit.PERCENT, "2021-2031", "BLS");
		OutlookHeadlines h = OutlookHeadlines.of(List.of(words, figure), List.of());
		assertThat(h.a()).isEqualTo(figure);
		assertThat(h.b()).isNull();
		assertThat(h.differences()).isEmpty();
	}

	private static OutlookFact fact(String role, OutlookUnit unit, String period, String survey) {
		return new OutlookFact(role, text("grows", "croît"), new BigDecimal("30"), unit,
				(period != null) ? text(period, period) : null, text(survey, survey), "src");
	}

}
