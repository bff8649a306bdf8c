package com.careercompass.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file of docs/ written by the code that owns its figures, never by hand: each test
 * that owns one writes it with {@code -Ddocs.update=true}
 * ({@code ./mvnw test -Ddocs.update=true} refreshes every one) and otherwise fails while
 * the committed copy differs. The docs link these files instead of quoting their figures,
 * so no test reads prose.
 */
public final class GeneratedDoc {

	/** The one flag that refreshes every generated file. */
	public static final String UPDATE = "docs.update";

	private GeneratedDoc() {
	}

	/** Whether this run writes the generated files. */
	public static boolean updating() {
		return Boolean.getBoolean(UPDATE);
	}

	/**
	 * Writes the file when updating, then checks that the committed copy is this content.
	 * @param file the file, from the repository's root
	 * @param owner the test that writes it
	 * @param content what it must hold
	 * @throws IOException when it cannot be read or written
	 */
	public static void check(Path file, String owner, String content) throws IOException {
		if (updating()) {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
		assertThat(committed).as("%s is stale: run ./mvnw test -Dtest=%s -D%s=true", file, owner, UPDATE)
			.isEqualTo(content);
	}

	/**
	 * The line every generated Markdown file starts with.
	 * @param owner the test that writes it
	 * @return the line, and a blank one
	 */
	public static String banner(String owner) {
		return "<!-- Written by " + owner + " (./mvnw test -Dtest=" + owner + " -D" + UPDATE
				+ "=true); do not edit by hand. -->\n\n";
	}

}
