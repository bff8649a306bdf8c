package com.careercompass.system.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.lang.Contract;

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

	/** Two years joined by a hyphen: a range, which takes an en dash. */
	private static final Pattern YEAR_RANGE = Pattern
		.compile("(?<![\\d-])((?:19|20)\\d\\d)-((?:19|20)\\d\\d)(?![\\d-])");

	/**
	 * A word in lower case but for its first letter: a common noun or verb, or a name.
	 */
	private static final Pattern FIRST_WORD = Pattern.compile("^\\p{Lu}\\p{Ll}*(?![\\p{L}\\d])");

	private Typography() {
	}

	/**
	 * A French text as it continues a sentence, after a colon ("Ingénieur ML : logiciels
	 * autonomes…"): French takes a lower-case letter there unless the word is a name. A
	 * text's first word is taken for a name when its English counterpart starts with the
	 * same word, as names are not translated ("Python, R, SQL"), or when it is not a
	 * capitalised word (SQL, TensorFlow, C++).
	 * @param french the French text
	 * @param english its English counterpart, or null when there is none (our own labels,
	 * which never start with a name)
	 * @return the text with a lower-case first letter where French wants one
	 */
	public static String continuing(String french, @Nullable String english) {
		Matcher m = FIRST_WORD.matcher(french);
		if (!m.find()) {
			return french;
		}
		String word = m.group();
		boolean name = english != null && english.startsWith(word)
				&& (english.length() == word.length() || !Character.isLetterOrDigit(english.charAt(word.length())));
		return name ? french : french.substring(0, 1).toLowerCase(Locale.FRENCH) + french.substring(1);
	}

	/**
	 * The text with the typography of its language.
	 * @param text the text, or null
	 * @param locale its language
	 * @return the text, typeset; null for null
	 */
	@Contract("!null, _ -> !null")
	public static @Nullable String of(@Nullable String text, Locale locale) {
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
