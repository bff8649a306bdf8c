package com.careercompass.skills;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeSet;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
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
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(CatalogService.class)
class SkillsCheckVersionDataTests {

	/** Each released version and the digest of the data it reads. */
	private static final Map<Integer, String> RELEASED = Map.of(2, "ba9cbbc2558ac20e");

	@Autowired
	CatalogService catalogs;

	@Test
	void theVersionFollowsTheSkillsAndRolesTheCheckReads() throws Exception {
		String digest = digest(this.catalogs.catalog());
		assertThat(RELEASED).as("SkillsCheck.VERSION %d is recorded here", SkillsCheck.VERSION)
			.containsKey(SkillsCheck.VERSION);
		assertThat(digest)
			.as("the skills or full roles the check reads changed: raise SkillsCheck.VERSION and record "
					+ "the new digest here")
			.isEqualTo(RELEASED.get(SkillsCheck.VERSION));
	}

	/** The full roles, and each skill's code, kind, category and roles, in order. */
	static String digest(Catalog catalog) throws Exception {
		StringBuilder read = new StringBuilder();
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
