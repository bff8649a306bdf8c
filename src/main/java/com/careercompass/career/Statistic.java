package com.careercompass.career;

import java.util.Locale;

/**
 * What kind of figure a pay amount is. {@code POINT} is a single figure whose kind the
 * article does not state.
 */
public enum Statistic {

	MEAN, MEDIAN, RANGE_LOW, RANGE_HIGH, POINT;

	public boolean isRangeEnd() {
		return this == RANGE_LOW || this == RANGE_HIGH;
	}

	/** The key of this statistic's name in the message bundles. */
	public String messageKey() {
		return "pay.stat." + name().toLowerCase(Locale.ROOT);
	}

}
