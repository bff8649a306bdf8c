package com.careercompass.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README and docs/ say, read back by the tests that know the true number. */
public final class DocClaims {

	private static final Map<String, Integer> WORDS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
			"twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16);

	private DocClaims() {
	}

	/**
	 * Every match of a claim in a document. There must be one, so that rewording the docs
	 * fails the test instead of leaving the number unchecked.
	 * @param doc the document, from the repository's root
	 * @param regex the claim, its number as the first group
	 * @return the numbers it states, as written
	 * @throws IOException if the document cannot be read
	 */
	public static List<String> claims(String doc, String regex) throws IOException {
		Matcher m = Pattern.compile(regex).matcher(Files.readString(Path.of(doc)));
		List<String> found = new ArrayList<>();
		while (m.find()) {
			found.add(m.group(1));
		}
		assertThat(found).as("'%s' in %s (reworded? update the claim in its test)", regex, doc).isNotEmpty();
		return found;
	}

	/**
	 * The numbers a claim states, in figures or in words ("one", "fourteen").
	 * @param doc the document, from the repository's root
	 * @param regex the claim, its number as the first group
	 * @return the numbers
	 * @throws IOException if the document cannot be read
	 */
	public static List<Integer> counts(String doc, String regex) throws IOException {
		return claims(doc, regex).stream()
			.map((n) -> n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : WORDS.get(n.toLowerCase()))
			.toList();
	}

}
