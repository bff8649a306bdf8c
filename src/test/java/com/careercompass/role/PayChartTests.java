package com.careercompass.role;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.PayFigure;
import com.careercompass.career.TestCatalogs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayChartTests {

	private final Catalog catalog = TestCatalogs.small();

	@Test
	void roundsTheScaleUpToOneTwoOrFive() {
		assertThat(PayChart.niceCeiling(157_000)).isEqualTo(200_000);
		assertThat(PayChart.niceCeiling(100_000)).isEqualTo(100_000);
		assertThat(PayChart.niceCeiling(2_244_000)).isEqualTo(5_000_000);
		assertThat(PayChart.niceCeiling(45_000)).isEqualTo(50_000);
		assertThat(PayChart.niceCeiling(0)).isEqualTo(1);
	}

	@Test
	void drawsARangeAsABarAndAMeanAsAMarkOnOneScale() {
		List<PayFigure> us = this.catalog.payOf("builder").stream().filter((f) -> f.country().equals("US")).toList();
		PayChart chart = PayChart.of(us, Locale.ENGLISH);
		assertThat(chart.series()).singleElement().satisfies((s) -> {
			assertThat(s.label()).isEqualTo("PayScale · 2023");
			assertThat(s.range().x()).isEqualTo(40.0);
			assertThat(s.range().width()).isEqualTo(38.5);
			assertThat(s.range().low()).isEqualTo("$80,000");
			assertThat(s.range().high()).isEqualTo("$157,000");
			assertThat(s.marks()).singleElement().satisfies((m) -> {
				assertThat(m.x()).isEqualTo(57.6);
				assertThat(m.statKey()).isEqualTo("pay.stat.mean");
			});
		});
		assertThat(chart.scaleMax()).isEqualTo("$200,000");
	}

	@Test
	void formatsAmountsTheFrenchWay() {
		List<PayFigure> us = this.catalog.payOf("builder").stream().filter((f) -> f.country().equals("US")).toList();
		PayChart chart = PayChart.of(us, Locale.FRENCH);
		assertThat(chart.series().get(0).marks().get(0).amount()).matches("115\\h243\\h\\$US");
	}

	@Test
	void groupsFiguresByCountryAndCurrencyWithoutMixingThem() {
		List<PayGroup> groups = PayGroup.of(this.catalog, this.catalog.payOf("builder"), Locale.ENGLISH);
		assertThat(groups).extracting(PayGroup::currencyCode).containsExactly("USD", "EUR");
		assertThat(groups.get(0).rows()).hasSize(3);
		assertThat(groups.get(1).rows()).singleElement().satisfies((r) -> {
			assertThat(r.region()).isEqualTo("Paris");
			assertThat(r.year()).isNull();
		});
		assertThat(groups.get(1).chart()).as("a single figure needs no chart").isNull();
	}

	@Test
	void putsTicksAtRoundAmountsAlongTheScale() {
		assertThat(PayChart.ticks(200_000, Locale.ENGLISH)).extracting(PayChart.Tick::label)
			.containsExactly("0", "50K", "100K", "150K", "200K");
		assertThat(PayChart.ticks(100_000, Locale.ENGLISH)).extracting(PayChart.Tick::x)
			.containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
		assertThat(PayChart.ticks(5_000_000, Locale.FRENCH)).extracting(PayChart.Tick::label)
			.containsExactly("0", "1\u00a0M", "2\u00a0M", "3\u00a0M", "4\u00a0M", "5\u00a0M");
		assertThat(PayChart.ticks(200_000, Locale.ENGLISH)).extracting(PayChart.Tick::anchor)
			.containsExactly("start", "middle", "middle", "middle", "end");
	}

	@Test
	void marksARowOldWhenItsDateIsMoreThanFiveYearsBeforeTheReview() {
		List<PayFigure> us = this.catalog.payOf("builder").stream().filter((f) -> f.country().equals("US")).toList();
		PayChart chart = PayChart.of(us, Locale.ENGLISH);
		assertThat(chart.markOld((f) -> this.catalog.dateMark(f, Locale.ENGLISH)).series().get(0).old())
			.as("2023, reviewed 2026")
			.isNull();
		assertThat(chart.markOld((f) -> com.careercompass.career.DateMark.old("2023")).series().get(0).old())
			.isEqualTo(com.careercompass.career.DateMark.old("2023"));
	}

}
