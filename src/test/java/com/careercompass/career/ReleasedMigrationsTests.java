package com.careercompass.career;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Released Flyway migrations are frozen (docs/data.md): Flyway refuses to start a
 * database whose applied migration changed, so a change to the data is always a new
 * migration. {@code src/test/resources/db/released-migrations.sha256} holds the checksum
 * of every released one (line endings normalised); editing or deleting one fails here,
 * before any deployment can. A new migration is added to the list when it is released.
 */
class ReleasedMigrationsTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.sha256");

	@Test
	void noReleasedMigrationIsEditedOrDeleted() throws IOException {
		List<String> problems = problems(released(), current());
		assertThat(problems).as("released migrations are frozen: add a new migration instead (docs/data.md)").isEmpty();
	}

	@Test
	void everyMigrationIsRecordedOnceReleased() throws IOException {
		assertThat(current().keySet())
			.as("migrations without a checksum in " + RELEASED
					+ ": add a line (sha256sum of the file) when you release it")
			.isSubsetOf(released().keySet());
	}

	@Test
	void theGuardWouldCatchAnEditAndADeletion() {
		Map<String, String> released = Map.of("V1__a.sql", "aa", "V2__b.sql", "bb");
		assertThat(problems(released, Map.of("V1__a.sql", "aa", "V2__b.sql", "bb"))).isEmpty();
		assertThat(problems(released, Map.of("V1__a.sql", "aa", "V2__b.sql", "cc"))).singleElement()
			.asString()
			.contains("V2__b.sql was edited after its release: add a new migration");
		assertThat(problems(released, Map.of("V1__a.sql", "aa"))).singleElement()
			.asString()
			.contains("V2__b.sql was deleted after its release: add a new migration");
	}

	private static List<String> problems(Map<String, String> released, Map<String, String> current) {
		List<String> problems = new ArrayList<>();
		released.forEach((name, checksum) -> {
			String now = current.get(name);
			if (now == null) {
				problems.add(name + " was deleted after its release: add a new migration that undoes what you meant");
			}
			else if (!now.equals(checksum)) {
				problems.add(name + " was edited after its release: add a new migration instead, and restore it");
			}
		});
		return problems;
	}

	private static Map<String, String> released() throws IOException {
		Map<String, String> released = new LinkedHashMap<>();
		for (String line : Files.readAllLines(RELEASED)) {
			if (!line.isBlank()) {
				String[] parts = line.trim().split("\\s+");
				released.put(parts[1], parts[0]);
			}
		}
		return released;
	}

	private static Map<String, String> current() throws IOException {
		Map<String, String> current = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.filter((f) -> f.getFileName().toString().endsWith(".sql")).sorted().toList()) {
				String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
				current.put(file.getFileName().toString(), sha256(text));
			}
		}
		return current;
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
