package com.careercompass.jobad;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text cut into words, each with its place, as written and folded: lower case, no
 * accents, no final plural s or x (« données » and "data" read "donnee" and "data";
 * "Models" reads "model"). A word is letters and digits, with a "+" or "#" that ends it
 * (C++, C#); anything else separates words ("scikit-learn", "CI/CD", "l’analyse"). Linear
 * in the text.
 */
final class Tokens {

	private Tokens() {
	}

	/**
	 * One word.
	 *
	 * @param start where it starts in the text
	 * @param end where it ends
	 * @param written the word as written
	 * @param folded the word as compared
	 */
	record Token(int start, int end, String written, String folded) {
	}

	static List<Token> of(String text) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int n = text.length();
		while (i < n) {
			if (!Character.isLetterOrDigit(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
				i++;
			}
			while (i < n && (text.charAt(i) == '+' || text.charAt(i) == '#') && i - start < 40) {
				i++;
			}
			String written = text.substring(start, i);
			tokens.add(new Token(start, i, written, fold(written)));
		}
		return tokens;
	}

	/** A word as compared: lower case, without accents or a final plural mark. */
	static String fold(String word) {
		String lower = word.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		int last = plain.length() - 1;
		if (plain.length() >= 4
				&& (plain.charAt(last) == 's' && plain.charAt(last - 1) != 's' || plain.charAt(last) == 'x')) {
			return plain.substring(0, last);
		}
		return plain;
	}

}
