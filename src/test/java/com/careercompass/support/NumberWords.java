package com.careercompass.support;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as the pages write them, in figures or in words, for tests that check a count a
 * reader sees against the data ("five French-language articles", "quatorze questions").
 */
public final class NumberWords {

	/** Numbers written in words, in English and in French ("six" is both). */
	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
			Map.entry("sixteen", 16), Map.entry("un", 1), Map.entry("deux", 2), Map.entry("trois", 3),
			Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("douze", 12), Map.entry("treize", 13),
			Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16));

	private NumberWords() {
	}

	/**
	 * A number written in figures or in words, in English or French, any case.
	 * @param written "14", "fourteen" or "Quatorze"
	 * @return the number, or null for a word this table does not know
	 */
	public static @Nullable Integer number(String written) {
		return written.chars().allMatch(Character::isDigit) ? Integer.valueOf(written)
				: WORDS.get(written.toLowerCase(Locale.ROOT));
	}

}
