package com.careercompass.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, as values: "$100,910", "36%" and "4.4" in English; "100
 * 910", "36 %" and "4,4" in French. Message placeholders ({0}) are not numbers.
 */
public final class Numbers {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+(,[^}]*)?\\}");

	private static final Pattern ENGLISH = Pattern
		.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

	/** French decimals take a comma; version numbers keep their dot ("version 2.7"). */
	private static final Pattern FRENCH = Pattern
		.compile("(?<![\\d,.])\\d{1,3}(?:[\\u00a0\\u202f ]\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?");

	/**
	 * The articles' own words, quoted in French as they were printed (garbled figures):
	 * not ours to compare.
	 */
	private static final Pattern QUOTED = Pattern.compile("«[^»]*»|“[^”]*”");

	private Numbers() {
	}

	public static List<BigDecimal> inEnglish(String text) {
		return find(ENGLISH, text, (n) -> n.replace(",", ""));
	}

	/**
	 * The numbers of a French text, quotations of the articles' printed words left out.
	 */
	public static List<BigDecimal> inFrench(String text) {
		return find(FRENCH, QUOTED.matcher(text).replaceAll(" "),
				(n) -> n.replaceAll("[\\u00a0\\u202f ]", "").replace(',', '.'));
	}

	private static List<BigDecimal> find(Pattern pattern, String text,
			java.util.function.UnaryOperator<String> normalise) {
		List<BigDecimal> numbers = new ArrayList<>();
		Matcher matcher = pattern.matcher(PLACEHOLDER.matcher(text).replaceAll(" "));
		while (matcher.find()) {
			numbers.add(new BigDecimal(normalise.apply(matcher.group())).stripTrailingZeros());
		}
		return numbers;
	}

	/**
	 * The numbers of a French text that its English counterpart does not state.
	 * @param en the English text
	 * @param fr the French text
	 * @return the French numbers not found in English
	 */
	public static List<BigDecimal> onlyInFrench(String en, String fr) {
		List<BigDecimal> english = inEnglish(en);
		// French says a trillion as a thousand "milliards": the same amount
		boolean scaled = fr.contains("milliards") && en.contains("trillion");
		return inFrench(fr).stream()
			.filter((n) -> english.stream()
				.noneMatch((e) -> e.compareTo(n) == 0 || (scaled && e.multiply(THOUSAND).compareTo(n) == 0)))
			.toList();
	}

	private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

}
