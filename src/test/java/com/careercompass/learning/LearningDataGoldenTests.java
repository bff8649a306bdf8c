package com.careercompass.learning;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Skill;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route's editorial data in the database is the editorial files' (the project's
 * copies under src/test/resources/facts): every family with its members, and every
 * starting point with its publisher, address and French version, and the date checked.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogService.class, com.careercompass.career.data.CatalogRows.Reader.class, LearningService.class })
class LearningDataGoldenTests {

	@Autowired
	LearningService learning;

	@Test
	void everyFamilyIsTheEditorialOne() throws IOException {
		Catalog catalog = this.learning.catalog();
		List<Map<String, Object>> expected = list(load("/facts/career-facts.yaml"), "skill_families");
		List<String> actual = this.learning.data()
			.families()
			.stream()
			.map((f) -> f.name().en() + " = "
					+ f.members().stream().map((id) -> name(catalog, id)).sorted().collect(Collectors.joining(" | "))
					+ " : " + f.note().en())
			.toList();
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected.stream()
			.map((f) -> f.get("family") + " = "
					+ ((List<?>) f.get("members")).stream()
						.map(Object::toString)
						.sorted()
						.collect(Collectors.joining(" | "))
					+ " : " + f.get("note"))
			.toList());
	}

	@Test
	void everyStartingPointIsTheEditorialOne() throws IOException {
		Map<String, Object> yaml = load("/facts/learning-starts.yaml");
		Catalog catalog = this.learning.catalog();
		LearningData data = this.learning.data();
		assertThat(data.startsChecked()).isEqualTo(LocalDate.parse(Objects.toString(yaml.get("checked"))));
		List<Map<String, Object>> starts = list(yaml, "starts");
		for (Map<String, Object> entry : starts) {
			String skill = (String) entry.get("skill");
			long id = catalog.skills()
				.stream()
				.filter((s) -> s.name().en().equals(skill))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no skill named " + skill))
				.id();
			Start start = data.start(id);
			@SuppressWarnings("unchecked")
			Map<String, Object> en = (Map<String, Object>) entry.get("en");
			@SuppressWarnings("unchecked")
			Map<String, Object> fr = (Map<String, Object>) entry.get("fr");
			if (en == null) {
				assertThat(start).as(skill + ": the file has none, so the page says so").isNull();
				continue;
			}
			assertThat(start).as(skill).isNotNull();
			assertThat(List.<Object>of(start.title(), start.publisher(), start.url(), start.what().en())).as(skill)
				.containsExactly(en.get("title"), en.get("publisher"), en.get("url"), en.get("what"));
			assertThat(start.what().fr()).as(skill + ": our French").isNotBlank();
			if (fr == null) {
				assertThat(start.frenchUrl()).as(skill).isNull();
			}
			else {
				assertThat(java.util.Arrays.<@org.jspecify.annotations.Nullable Object>asList(start.frenchTitle(),
						start.frenchPublisher(), start.frenchUrl()))
					.as(skill)
					.containsExactly(fr.get("title"), fr.get("publisher"), fr.get("url"));
			}
		}
		assertThat(data.starts()).hasSize((int) starts.stream().filter((s) -> s.get("en") != null).count());
	}

	private static String name(Catalog catalog, long id) {
		return catalog.skills().stream().filter((s) -> s.id() == id).map(Skill::name).findFirst().orElseThrow().en();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> yaml, String key) {
		return (List<Map<String, Object>>) yaml.get(key);
	}

	private static Map<String, Object> load(String resource) throws IOException {
		try (InputStream in = LearningDataGoldenTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new Yaml().load(in);
		}
	}

}
