package com.careercompass.career;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * A date written out in full, as a reader of the language expects: "1 December 2026"; in
 * French "1er décembre 2026" (the first day of a month is an ordinal, which the JDK's
 * long format leaves out).
 */
public final class LongDate {

	private LongDate() {
	}

	public static String format(LocalDate date, Locale locale) {
		String text = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
		if (locale.getLanguage().equals("fr") && date.getDayOfMonth() == 1 && text.startsWith("1 ")) {
			return "1er " + text.substring(2);
		}
		return text;
	}

}
