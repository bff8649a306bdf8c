package com.careercompass.skills;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.Source;

/**
 * A small catalog for the skills check's rules. The builder lists skills 1, 2, 4, 5, 6,
 * 7, 8; the analyst 1, 3, 6 (1 and 6 shared); skill 9 belongs to a partial role only.
 * Premiums: builder "Reinforcement learning" 22 % (skill 4) and "Docker" 30 % (skill 5),
 * builder "Scala" and analyst "C++" on no listed skill.
 */
final class SkillsCatalogs {

	private SkillsCatalogs() {
	}

	static Catalog small() {
		List<Source> sources = List.of(source("s1"), source("s2"), source("s3"));
		List<Role> roles = List.of(role("builder", false), role("analyst", false), role("partial", true));
		List<Skill> skills = List.of(
				skill(1, "Python", SkillCategory.PROGRAMMING, Set.of("builder", "analyst"), "s1", "s2"),
				skill(2, "CUDA", SkillCategory.PROGRAMMING, Set.of("builder"), "s1"),
				skill(3, "Statistics", SkillCategory.MATH_STATS, Set.of("analyst"), "s1", "s2", "s3"),
				skill(4, "Reinforcement learning", SkillCategory.ML_DL, Set.of("builder"), "s1"),
				skill(5, "Docker and containers", SkillCategory.SOFTWARE_ENGINEERING, Set.of("builder"), "s2"),
				skill(6, "SQL", SkillCategory.PROGRAMMING, Set.of("builder", "analyst"), "s1"),
				skill(7, "Git", SkillCategory.SOFTWARE_ENGINEERING, Set.of("builder"), "s1"),
				skill(8, "Spark", SkillCategory.BIG_DATA_CLOUD, Set.of("builder"), "s3"),
				skill(9, "Excel", SkillCategory.TOOLS, Set.of("partial"), "s1"));
		List<PayPremium> premiums = List.of(premium("builder", "Reinforcement learning", 22),
				premium("builder", "Docker", 30), premium("builder", "Scala", 20), premium("analyst", "C++", 40));
		return new Catalog(sources, roles, List.of(), skills, List.of(), List.of(), premiums, List.of(), List.of(),
				List.of(), LocalDate.of(2026, 11, 1));
	}

	/**
	 * The plain route data with the given skills made one family.
	 * @param catalog the catalog
	 * @param members the family's skills
	 * @return the data
	 */
	static com.careercompass.learning.LearningData withFamily(Catalog catalog, Long... members) {
		com.careercompass.learning.LearningData plain = com.careercompass.learning.LearningData.plain(catalog);
		return new com.careercompass.learning.LearningData(
				List.of(new com.careercompass.learning.Family(1, text("Family"), text("Why"), List.of(members))),
				plain.routes(), plain.starts(), plain.articles(), plain.trials(), plain.startsChecked());
	}

	private static LocalizedText text(String en) {
		return new LocalizedText(en, en + " (fr)");
	}

	private static Source source(String id) {
		return new Source(id, text("Article " + id), text("Publisher"), text(id), 2023, null, null, "fr", false,
				com.careercompass.career.SourceKind.PERSONAL_BLOG);
	}

	private static Role role(String slug, boolean partial) {
		return new Role(slug, text(slug + " role"), text(slug), partial);
	}

	private static Skill skill(long id, String name, SkillCategory kind, Set<String> roles, String... sources) {
		return new Skill(id, text(name), kind, roles, List.of(sources), null);
	}

	private static PayPremium premium(String role, String skill, int percent) {
		return new PayPremium(role, text(skill), percent, "PayScale", "s1");
	}

}
