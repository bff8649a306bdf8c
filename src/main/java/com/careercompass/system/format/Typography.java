package com.careercompass.system.format;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French typography, applied to every French text the portal shows, messages and data
 * alike: a narrow no-break space (U+202F) before « : ; ! ? % » and inside « », so that
 * punctuation never starts a line, one kind of apostrophe (’), and an en dash between the
 * two years of a range ("2021–2031"). Text in other languages is returned as it is.
 */
public final class Typography {

	/** The narrow no-break space. */
	public static final char NARROW_NBSP = '\u202F';

	private static final Pattern BEFORE = Pattern.compile("[ \\u00A0\\u202F]*([:;!?%»])");

	private static final Pattern AFTER_OPENING = Pattern.compile("«[ \\u00A0\\u202F]*");

	/** Two years joined by a hyphen: a range, which takes an en dash (issue 25). */
	private static final Pattern YEAR_RANGE = Pattern
		.compile("(?<![\\d-])((?:19|20)\\d\\d)-((?:19|20)\\d\\d)(?![\\d-])");

	private Typography() {
	}

	/**
	 * The text with the typography of its language.
	 * @param text the text, or null
	 * @param locale its language
	 * @return the text, typeset; null for null
	 */
	public static String of(String text, Locale locale) {
		return (text != null && "fr".equals(locale.getLanguage())) ? french(text) : text;
	}

	/**
	 * French typography: {@code "Vous hésitez ? 36 %"} becomes
	 * {@code "Vous hésitez\u202F? 36\u202F%"}. A mark glued to a word or a digit stays
	 * glued where the mark does not take a space in French ({@code https://},
	 * {@code ?role=}, {@code 12:30}); before {@code %} and the closing guillemet a space
	 * is always added.
	 * @param text French text
	 * @return the text, typeset
	 */
	public static String french(String text) {
		if (text == null) {
			return null;
		}
		String spaced = BEFORE.matcher(text).replaceAll((m) -> {
			boolean hadSpace = m.end(1) - m.start() > 1;
			String mark = m.group(1);
			boolean always = mark.equals("%") || mark.equals("»");
			return (hadSpace || always) ? NARROW_NBSP + mark : mark;
		});
		String ranges = YEAR_RANGE.matcher(spaced).replaceAll("$1\u2013$2");
		return AFTER_OPENING.matcher(ranges).replaceAll("«" + NARROW_NBSP).replace('\'', '’');
	}

}
