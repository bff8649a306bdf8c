package com.careercompass.system.format;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.regex.Pattern;

/** Number and place formatting in the reader's language. */
public final class Formats {

	private Formats() {
	}

	/**
	 * An amount with its currency, whole units, grouped the reader's way:
	 * {@code $115,243} or {@code 115 243 $US}.
	 */
	public static String money(BigDecimal amount, Currency currency, Locale locale) {
		NumberFormat format = NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(currency);
		format.setMaximumFractionDigits(0);
		format.setMinimumFractionDigits(0);
		return format.format(amount);
	}

	/** A plain number the reader's way: {@code 9.8} or {@code 9,8}. */
	public static String number(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/**
	 * A name as the complement of a noun ("le métier de …"): in French with "de", elided
	 * before a vowel, and in lower case as French writes a job mid-sentence
	 * ({@code d’ingénieur ML}, {@code de data scientist}); in English the name itself.
	 */
	public static String ofName(String name, Locale locale) {
		if (!"fr".equals(locale.getLanguage())) {
			return name;
		}
		boolean vowel = !name.isEmpty() && "AEIOUYÉÈÊÂÎÔÛaeiouyéèêâîôû".indexOf(name.charAt(0)) >= 0;
		return (vowel ? "d’" : "de ") + inSentence(name, locale);
	}

	/**
	 * A job's name as French writes it mid-sentence: each capitalised word in lower case
	 * ({@code Ingénieur ML} → {@code ingénieur ML}, {@code Data Scientist} →
	 * {@code data scientist}); acronyms, and the English title in brackets
	 * ({@code (ML Engineer)}), as they are. English keeps its title case.
	 */
	public static String inSentence(String name, Locale locale) {
		if (!"fr".equals(locale.getLanguage())) {
			return name;
		}
		int bracket = name.indexOf('(');
		String head = (bracket < 0) ? name : name.substring(0, bracket);
		String lowered = CAPITALISED.matcher(head).replaceAll((m) -> m.group().toLowerCase(Locale.FRENCH));
		return (bracket < 0) ? lowered : lowered + name.substring(bracket);
	}

	private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}\\p{Ll}+(?![\\p{L}\\d])");

	public static String country(String isoCode, Locale locale) {
		return new Locale("", isoCode).getDisplayCountry(locale);
	}

	public static String currency(Currency currency, Locale locale) {
		return currency.getDisplayName(locale);
	}

}
