package com.careercompass.career;

import java.util.Locale;

/** The unit of an outlook figure. */
public enum OutlookUnit {

	PERCENT, PERCENT_PER_YEAR, TIMES, TRILLION_USD, MILLION_USD;

	/** The key of this unit's display pattern in the message bundles. */
	public String messageKey() {
		return "outlook.unit." + name().toLowerCase(Locale.ROOT);
	}

}
