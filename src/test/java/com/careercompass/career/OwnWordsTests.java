package com.careercompass.career;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project carries the articles' facts in its own words: no run of eight words of its
 * code, data, templates, messages or docs is one of the articles'. The articles are not
 * in the project; {@code facts/seed-8gram-sha256.txt} holds the first 16 hex digits of
 * the SHA-256 of each of their 8-word runs, and the text is normalised exactly as
 * {@code ../shared/tools/copycheck} does: Unicode NFKC, lower case, typographic
 * apostrophes made straight, words split on every character that is not a letter or a
 * digit.
 */
class OwnWordsTests {

	static final int RUN = 8;

	private static final Set<String> TEXT = Set.of(".java", ".properties", ".sql", ".html", ".md", ".txt", ".json",
			".yaml", ".yml", ".csv", ".xml", ".css");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

	@Test
	void noRunOfEightWordsIsTheArticles() throws IOException {
		Set<String> seeds = seeds();
		assertThat(seeds).as("the hashes of the articles' runs").hasSizeGreaterThan(1000);
		List<String> hits = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main"), Path.of("docs"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).filter(OwnWordsTests::isText).sorted().toList()) {
					hits.addAll(copied(file.toString(), Files.readString(file, StandardCharsets.UTF_8), seeds));
				}
			}
		}
		assertThat(hits).as("8-word runs shared with the source articles: say them in our own words").isEmpty();
	}

	@Test
	void findsARunOfTheArticlesWhereverItIsAndHoweverItIsWritten() throws IOException {
		Set<String> seeds = seeds();
		// A run the articles contain, in capitals and with a curly apostrophe; kept in
		// Base64 so that this file does not carry it either.
		String copied = new String(
				java.util.Base64.getDecoder()
					.decode("QVUgQ09VUlMgREUgTEEgREVSTknDiFJFIETDiUNFTk5JRSwgTEEgREVNQU5ERSBE4oCZSU5Hw4lOSUVVUlM="),
				StandardCharsets.UTF_8);
		List<String> found = copied("sample", "Texte : " + copied + ".", seeds);
		List<String> ours = copied("sample", "En dix ans, les ingénieurs ML sont devenus plus demandés.", seeds);
		assertThat(ours).isEmpty();
		assertThat(found).as("the same words in capitals, curly apostrophe and all").isNotEmpty();
	}

	static List<String> copied(String name, String text, Set<String> seeds) {
		List<String> words = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		String[] split = unescape(text).split("\n", -1);
		for (int no = 0; no < split.length; no++) {
			String line = Normalizer.normalize(split[no], Normalizer.Form.NFKC)
				.toLowerCase(Locale.ROOT)
				.replace('\u2019', '\'')
				.replace('\u02bc', '\'');
			Matcher m = WORD.matcher(line);
			while (m.find()) {
				words.add(m.group());
				lines.add(no + 1);
			}
		}
		List<String> hits = new ArrayList<>();
		int last = -RUN;
		for (int i = 0; i + RUN <= words.size(); i++) {
			String run = String.join(" ", words.subList(i, i + RUN));
			if (seeds.contains(hash(run)) && i >= last + RUN) {
				hits.add(name + ":" + lines.get(i) + ": " + run);
				last = i;
			}
		}
		return hits;
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot >= 0 && TEXT.contains(name.substring(dot));
	}

	private static String unescape(String text) {
		return ESCAPE.matcher(text)
			.replaceAll((m) -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
	}

	static Set<String> seeds() throws IOException {
		try (InputStream in = OwnWordsTests.class.getResourceAsStream("/facts/seed-8gram-sha256.txt")) {
			assertThat(in).as("facts/seed-8gram-sha256.txt, copied from ../shared/facts").isNotNull();
			return new HashSet<>(List.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\\s+")));
		}
	}

	private static String hash(String run) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(run.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest).substring(0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
