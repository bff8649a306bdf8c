package com.careercompass.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/** What the README and docs/ say, read back by the tests that know the true number. */
public final class DocClaims {

	/** Numbers written in words, in English and in French ("six" is both). */
	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
			Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
			Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
			Map.entry("sixteen", 16), Map.entry("un", 1), Map.entry("deux", 2), Map.entry("trois", 3),
			Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("douze", 12), Map.entry("treize", 13),
			Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16));

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
		return claims(doc, regex).stream().map(DocClaims::number).toList();
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

	/**
	 * The README and every page of docs/, in order.
	 * @return their paths from the repository's root
	 * @throws IOException if docs/ cannot be read
	 */
	public static List<Path> docs() throws IOException {
		List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> files = Files.walk(Path.of("docs"))) {
			files.filter((f) -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
		}
		return docs;
	}

}
