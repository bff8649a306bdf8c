package com.careercompass.skills;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillKind;
import com.careercompass.support.AlsoOnPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A skills-check link holds skill codes ({@code have=1.7.8.b}) read against the skills
 * and full roles of the data; when those change, the same link would mean other ticks, so
 * {@link SkillsCheck#VERSION} must go up (old links then get the "older version" page).
 * This pins each version to a digest of what the check reads: a data change that forgets
 * the version fails here, naming what to do.
 */
@AlsoOnPostgres
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogService.class, com.careercompass.career.data.CatalogRows.Reader.class,
		com.careercompass.learning.LearningService.class })
class SkillsCheckVersionDataTests {

	/**
	 * Each released version and the digest of the data it reads (from version 3 the
	 * families of skills too: a family counts once).
	 */
	private static final Map<Integer, String> RELEASED = Map.of(2, "ba9cbbc2558ac20e", 3, "87e2b7358a03bcaf");

	private static final String ML_ENGINEER = "machine-learning-engineer";

	private static final String DATA_SCIENTIST = "data-scientist";

	@Autowired
	CatalogService catalogs;

	@Autowired
	com.careercompass.learning.LearningService learning;

	@Test
	void theVersionFollowsTheSkillsAndRolesTheCheckReads() throws Exception {
		String digest = digest(this.catalogs.catalog(), this.learning.data().families());
		assertThat(RELEASED).as("SkillsCheck.VERSION %d is recorded here", SkillsCheck.VERSION)
			.containsKey(SkillsCheck.VERSION);
		assertThat(digest)
			.as("the skills or full roles the check reads changed: raise SkillsCheck.VERSION and record "
					+ "the new digest here")
			.isEqualTo(RELEASED.get(SkillsCheck.VERSION));
	}

	/**
	 * docs/skills-check.md counts the skills the check asks about (those the full roles
	 * list), the explained ones, the general ones, those only one role lists and those
	 * naming a stopped tool; and states the rule's version and threshold.
	 */
	@Test
	void theSkillsFiguresAreWrittenFromTheData() throws Exception {
		Catalog catalog = this.catalogs.catalog();
		List<String> full = catalog.fullRoles().stream().map(Role::slug).toList();
		List<Skill> asked = catalog.skills()
			.stream()
			.filter((skill) -> skill.roleSlugs().stream().anyMatch(full::contains))
			.toList();
		String doc = com.careercompass.support.GeneratedDoc.banner("SkillsCheckVersionDataTests")
				+ "# The skills check in figures\n\n| what | now |\n|---|---|\n"
				+ "| the version of result links (`v`, `SkillsCheck.VERSION`) | %d |\n".formatted(SkillsCheck.VERSION)
				+ "| skills of the fully documented roles | %d |\n".formatted(asked.size())
				+ "| of them, with a plain-language explanation | %d |\n"
					.formatted(count(asked, (skill) -> skill.explanation() != null))
				+ "| of them, general (aptitudes, ways of working) | %d |\n"
					.formatted(count(asked, (skill) -> skill.kind() == SkillKind.GENERAL))
				+ "| of them, naming a tool whose development stopped (with our dated note) | %d, %d tools |\n"
					.formatted(count(asked, (skill) -> !skill.toolNotes().isEmpty()),
							asked.stream().mapToInt((skill) -> skill.toolNotes().size()).sum())
				+ "| only ML Engineer lists | %d |\n"
					.formatted(count(asked, (skill) -> only(skill, ML_ENGINEER, DATA_SCIENTIST)))
				+ "| only Data Scientist lists | %d |\n"
					.formatted(count(asked, (skill) -> only(skill, DATA_SCIENTIST, ML_ENGINEER)))
				+ "| shares \"apart\" from (`SkillsCheck.CLOSER_BY`), percentage points | %d |\n"
					.formatted(SkillsCheck.CLOSER_BY);
		com.careercompass.support.GeneratedDoc.check(java.nio.file.Path.of("docs/generated/skills-check.md"),
				"SkillsCheckVersionDataTests", doc);
	}

	private static boolean only(Skill skill, String role, String other) {
		return skill.roleSlugs().contains(role) && !skill.roleSlugs().contains(other);
	}

	private static int count(List<Skill> skills, Predicate<Skill> which) {
		return (int) skills.stream().filter(which).count();
	}

	/**
	 * The families, the full roles, and each skill's code, kind, category and roles, in
	 * order.
	 */
	static String digest(Catalog catalog, List<com.careercompass.learning.Family> families) throws Exception {
		StringBuilder read = new StringBuilder();
		families.forEach((f) -> read.append("family ").append(f.members()).append('\n'));
		catalog.fullRoles().stream().map(Role::slug).forEach((slug) -> read.append(slug).append('\n'));
		for (Skill skill : catalog.skills()) {
			read.append(Ticks.code(skill.id()))
				.append(' ')
				.append(skill.kind())
				.append(' ')
				.append(skill.category())
				.append(' ')
				.append(new TreeSet<>(skill.roleSlugs()))
				.append('\n');
		}
		return HexFormat.of()
			.formatHex(MessageDigest.getInstance("SHA-256").digest(read.toString().getBytes(StandardCharsets.UTF_8)))
			.substring(0, 16);
	}

}
