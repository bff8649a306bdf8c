package com.careercompass.career;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The project's fixture ({@code src/test/resources/facts/career-facts.yaml}, which the
 * golden test checks the database against) is the editorial file, unchanged (a fact
 * changed the same way in the fixture and in a migration shipped green). Where
 * {@code ../shared/facts/career-facts.yaml} is reachable, every difference is named; and
 * always, the fixture must hash to the digest recorded when it was last copied, so an
 * edit of the fixture alone fails.
 */
class FixtureMatchesEditorialFileTests {

	private static final Path FIXTURE = Path.of("src/test/resources/facts/career-facts.yaml");

	private static final Path DIGEST = Path.of("src/test/resources/facts/career-facts.yaml.sha256");

	private static final Path EDITORIAL = Path.of("../shared/facts/career-facts.yaml");

	@Test
	void theFixtureIsTheCopyWhoseDigestWasRecorded() throws IOException, NoSuchAlgorithmException {
		String recorded = Files.readString(DIGEST, StandardCharsets.US_ASCII).trim();
		assertThat(sha256(FIXTURE))
			.as("the fixture was edited: copy ../shared/facts/career-facts.yaml again and" + " record its SHA-256 in "
					+ DIGEST)
			.isEqualTo(recorded);
	}

	@Test
	void theFixtureIsTheEditorialFileWhereItIsReachable() throws IOException, NoSuchAlgorithmException {
		if (!Files.isRegularFile(EDITORIAL)) {
			// A clone outside the shared workspace: the digest above still ties the
			// fixture
			// to the last copy; say so in the report.
			System.out.println("Editorial file not reachable from " + Path.of("").toAbsolutePath()
					+ ": the fixture is checked against its recorded digest only");
			assertThat(Files.readString(DIGEST, StandardCharsets.US_ASCII).trim()).hasSize(64);
			return;
		}
		List<String> differences = new ArrayList<>();
		compare("", load(EDITORIAL), load(FIXTURE), differences);
		assertThat(differences).as("the fixture differs from the editorial file: copy it again (its diff is the work)")
			.isEmpty();
		assertThat(sha256(EDITORIAL)).as("and byte for byte").isEqualTo(sha256(FIXTURE));
	}

	@Test
	void eachDifferenceIsNamedByItsPath() {
		List<String> differences = new ArrayList<>();
		compare("", Map.of("outlook", List.of(Map.of("value", 36), Map.of("period", "2021-2031"))),
				Map.of("outlook", List.of(Map.of("value", 63), Map.of("period", "2021-2031")), "extra", 1),
				differences);
		assertThat(differences).containsExactlyInAnyOrder("/outlook[0]/value: editorial 36, fixture 63",
				"/extra: only in the fixture");
	}

	/** Every path where two parsed yaml trees differ, with both values. */
	static void compare(String path, Object editorial, Object fixture, List<String> differences) {
		if (editorial instanceof Map<?, ?> a && fixture instanceof Map<?, ?> b) {
			for (Object key : a.keySet()) {
				compare(path + "/" + key, a.get(key), b.get(key), differences);
			}
			b.keySet()
				.stream()
				.filter((key) -> !a.containsKey(key))
				.forEach((key) -> differences.add(path + "/" + key + ": only in the fixture"));
		}
		else if (editorial instanceof List<?> a && fixture instanceof List<?> b) {
			for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
				compare(path + "[" + i + "]", (i < a.size()) ? a.get(i) : null, (i < b.size()) ? b.get(i) : null,
						differences);
			}
		}
		else if (!Objects.equals(editorial, fixture)) {
			differences.add(path + ": editorial " + editorial + ", fixture " + fixture);
		}
	}

	private static Object load(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new Yaml().load(in);
		}
	}

	private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}

}
