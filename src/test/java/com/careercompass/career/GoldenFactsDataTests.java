package com.careercompass.career;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.careercompass.support.AlsoOnPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden test: every fact in the database is the editorial source's, literally. The
 * project keeps its own copy of {@code ../shared/facts/career-facts.yaml} as
 * {@code src/test/resources/facts/career-facts.yaml}; each pay figure, premium, pay
 * context, outlook fact, skill, role fact, use case, contrast, role and source read from
 * the migrations must match it field by field (amounts as numbers, never through the
 * production formatter), and the data must keep its invariants. When the yaml changes,
 * copy it here: the failures are the work.
 */
@AlsoOnPostgres
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogService.class, com.careercompass.career.data.CatalogRows.Reader.class })
class GoldenFactsDataTests {

	static Map<String, Object> golden;

	@Autowired
	CatalogService service;

	Catalog catalog;

	@BeforeAll
	static void readTheFixture() throws IOException {
		try (InputStream in = GoldenFactsDataTests.class.getResourceAsStream("/facts/career-facts.yaml")) {
			assertThat(in).as("facts/career-facts.yaml, copied from ../shared/facts").isNotNull();
			golden = new Yaml().load(in);
		}
	}

	@BeforeEach
	void load() {
		this.catalog = this.service.catalog();
	}

	@Test
	void everyPayFigureIsTheSourcesLiterally() {
		List<String> expected = list("salaries").stream()
			.map((s) -> String.join(" | ", str(s.get("role")), str(s.get("country")), str(s.get("region")),
					str(s.get("employer")), str(s.get("currency")), str(s.get("stat")).toUpperCase(Locale.ROOT),
					amount(s.get("amount")), str(s.get("year")), str(s.get("survey")), str(s.get("src")),
					String.valueOf(str(s.get("note")).contains("garbled"))))
			.toList();
		List<String> actual = this.catalog.pay()
			.stream()
			.map((f) -> String.join(" | ", f.roleSlug(), f.country(), str(f.region()), str(f.employer()),
					f.currency().getCurrencyCode(), f.statistic().name(), amount(f.amount()), str(f.year()),
					(f.survey() != null) ? f.survey().en() : "null", f.sourceId(), String.valueOf(f.repaired())))
			.toList();
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(this.catalog.pay().stream().filter(PayFigure::repaired)).as("figures repaired by hand").hasSize(8);
	}

	@Test
	void everyPremiumAndPayContextIsTheSourcesLiterally() {
		assertThat(this.catalog.premiums()
			.stream()
			.map((p) -> String.join(" | ", p.roleSlug(), p.skill().en(), String.valueOf(p.percent()), p.sourceId())))
			.containsExactlyInAnyOrderElementsOf(list("salary_premiums").stream()
				.map((p) -> String.join(" | ", str(p.get("role")), str(p.get("skill")), str(p.get("percent")),
						str(p.get("src"))))
				.toList());
		assertThat(this.catalog.payContext()
			.stream()
			.map((c) -> String.join(" | ", c.roleSlug(), str(c.country()), str(c.region()), c.text().en(),
					c.sourceId())))
			.containsExactlyInAnyOrderElementsOf(list("pay_context").stream()
				.map((c) -> String.join(" | ", str(c.get("role")), str(c.get("country")), str(c.get("region")),
						str(c.get("text")), str(c.get("src"))))
				.toList());
	}

	@Test
	void everyOutlookFactIsTheSourcesLiterally() {
		assertThat(this.catalog.outlook()
			.stream()
			.map((o) -> String.join(" | ", str(o.roleSlug()), o.text().en(), amount(o.value()),
					(o.unit() != null) ? o.unit().name().toLowerCase(Locale.ROOT) : "null",
					(o.period() != null) ? o.period().en() : "null", (o.survey() != null) ? o.survey().en() : "null",
					o.sourceId())))
			.containsExactlyInAnyOrderElementsOf(list("outlook").stream()
				.map((o) -> String.join(" | ", str(o.get("role")), str(o.get("text")), amount(o.get("value")),
						str(o.get("unit")), str(o.get("period")), str(o.get("survey")), str(o.get("src"))))
				.toList());
	}

	@Test
	void everySkillIsTheSourcesLiterally() {
		assertThat(this.catalog.skills()
			.stream()
			.map((s) -> String.join(" | ", s.name().en(), s.category().name().toLowerCase(Locale.ROOT),
					sorted(s.roleSlugs()), sorted(s.sourceIds()))))
			.containsExactlyInAnyOrderElementsOf(list("skills").stream()
				.map((s) -> String.join(" | ", str(s.get("name")), str(s.get("category")), sorted(s.get("roles")),
						sorted(s.get("src"))))
				.toList());
	}

	@Test
	void everyRoleFactUseCaseAndContrastIsTheSourcesLiterally() {
		List<String> expectedFacts = list("roles").stream()
			.flatMap((r) -> Map
				.of("summary", FactKind.SUMMARY, "responsibilities", FactKind.RESPONSIBILITY, "education",
						FactKind.EDUCATION)
				.entrySet()
				.stream()
				.flatMap((kind) -> listOf(r.get(kind.getKey())).stream()
					.map((f) -> String.join(" | ", str(r.get("slug")), kind.getValue().name(), str(f.get("text")),
							sorted(f.get("src"))))))
			.toList();
		assertThat(this.catalog.facts()
			.stream()
			.map((f) -> String.join(" | ", f.roleSlug(), f.kind().name(), f.text().en(), sorted(f.sourceIds()))))
			.containsExactlyInAnyOrderElementsOf(expectedFacts);
		assertThat(this.catalog.useCases().stream().map((u) -> u.text().en() + " | " + sorted(u.sourceIds())))
			.containsExactlyInAnyOrderElementsOf(
					list("use_cases").stream().map((u) -> str(u.get("text")) + " | " + sorted(u.get("src"))).toList());
		assertThat(this.catalog.contrasts()
			.stream()
			.map((c) -> String.join(" | ", c.aspect().en(), c.sideOf("data-scientist").en(),
					c.sideOf("machine-learning-engineer").en(), sorted(c.sourceIds()))))
			.containsExactlyInAnyOrderElementsOf(list("contrasts").stream()
				.map((c) -> String.join(" | ", str(c.get("aspect")), str(c.get("data-scientist")),
						str(c.get("machine-learning-engineer")), sorted(c.get("src"))))
				.toList());
	}

	@Test
	void everyRoleAndSourceIsTheSourcesLiterally() {
		assertThat(this.catalog.roles()
			.stream()
			.map((r) -> String.join(" | ", r.slug(), r.name().en(), r.name().fr(), String.valueOf(r.partial()))))
			.containsExactlyElementsOf(list("roles").stream()
				.map((r) -> String.join(" | ", str(r.get("slug")), str(r.get("name_en")), str(r.get("name_fr")),
						String.valueOf(Boolean.TRUE.equals(r.get("partial")))))
				.toList());
		assertThat(this.catalog.sources()
			.stream()
			.map((s) -> String.join(" | ", s.id(), s.title().en(), s.untitled() ? "untitled" : s.title().fr())))
			.containsExactlyElementsOf(list("sources").stream()
				.map((s) -> String.join(" | ", str(s.get("id")), str(s.get("title_en")),
						(s.get("title_fr") != null) ? str(s.get("title_fr")) : "untitled"))
				.toList());
	}

	@Test
	void rangesRunFromLowToHighAndEveryFigureHasAKnownSourceAndCurrency() {
		Map<String, List<PayFigure>> ranges = this.catalog.pay()
			.stream()
			.filter((f) -> f.statistic().isRangeEnd())
			.collect(Collectors
				.groupingBy((f) -> String.join("|", f.roleSlug(), f.country(), str(f.region()), str(f.employer()),
						f.currency().getCurrencyCode(), str(f.year()), (f.survey() != null) ? f.survey().en() : "")));
		assertThat(ranges).isNotEmpty().allSatisfy((key, ends) -> {
			assertThat(ends).as(key)
				.extracting(PayFigure::statistic)
				.containsExactlyInAnyOrder(Statistic.RANGE_LOW, Statistic.RANGE_HIGH);
			BigDecimal low = ends.stream()
				.filter((f) -> f.statistic() == Statistic.RANGE_LOW)
				.findFirst()
				.get()
				.amount();
			BigDecimal high = ends.stream()
				.filter((f) -> f.statistic() == Statistic.RANGE_HIGH)
				.findFirst()
				.get()
				.amount();
			assertThat(low).as(key + ": low end below high end").isLessThan(high);
		});
		List<String> sourceIds = this.catalog.sources().stream().map(Source::id).toList();
		assertThat(this.catalog.pay()).allSatisfy((f) -> {
			assertThat(sourceIds).contains(f.sourceId());
			assertThat(Currency.getAvailableCurrencies()).contains(f.currency());
			assertThat(f.amount()).isPositive();
			assertThat(f.country()).matches("[A-Z]{2}").isIn((Object[]) Locale.getISOCountries());
		});
		assertThat(this.catalog.premiums()).allSatisfy((p) -> {
			assertThat(p.percent()).isBetween(1, 100);
			assertThat(sourceIds).contains(p.sourceId());
		});
		assertThat(this.catalog.outlook()).allSatisfy((o) -> {
			assertThat(sourceIds).contains(o.sourceId());
			if (o.unit() == OutlookUnit.PERCENT_PER_YEAR) {
				assertThat(o.value()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
			}
		});
		assertThat(this.catalog.facts()).allSatisfy((f) -> assertThat(sourceIds).containsAll(f.sourceIds()))
			.allSatisfy((f) -> assertThat(f.sourceIds()).isNotEmpty());
		assertThat(this.catalog.skills()).allSatisfy((s) -> assertThat(s.sourceIds()).isNotEmpty());
		assertThat(this.catalog.useCases()).allSatisfy((u) -> assertThat(u.sourceIds()).isNotEmpty());
		assertThat(this.catalog.contrasts()).allSatisfy((c) -> assertThat(c.sourceIds()).isNotEmpty());
	}

	/**
	 * Our dated notes on stopped tools (the yaml's tool_notes): each on the skill whose
	 * name names the tool, with its year and its English text as the yaml has it.
	 */
	@Test
	void everyToolNoteIsTheEditorsLiterallyOnTheSkillThatNamesTheTool() {
		List<String> expected = list("tool_notes").stream()
			.map((n) -> String.join(" | ", str(n.get("skill")), str(n.get("tool")), str(n.get("year")),
					str(n.get("note"))))
			.toList();
		List<String> actual = this.catalog.skills()
			.stream()
			.flatMap((skill) -> skill.toolNotes()
				.stream()
				.map((n) -> String.join(" | ", skill.name().en(), n.tool(), String.valueOf(n.sinceYear()),
						n.note().en())))
			.toList();
		assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
		assertThat(this.catalog.skills()).allSatisfy((skill) -> assertThat(skill.toolNotes())
			.allSatisfy((n) -> assertThat(skill.name().en()).contains(n.tool())));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(String key) {
		return (List<Map<String, Object>>) golden.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> listOf(Object value) {
		return (value != null) ? (List<Map<String, Object>>) value : List.of();
	}

	private static String str(Object value) {
		if (value instanceof Collection<?> c) {
			return sorted(c);
		}
		return Objects.toString(value);
	}

	private static String sorted(Object values) {
		if (values == null) {
			return "[]";
		}
		if (!(values instanceof Collection<?> c)) {
			return "[" + values + "]";
		}
		return new TreeSet<>(c.stream().map(String::valueOf).toList()).toString();
	}

	/** An amount as a plain number, without trailing zeros: 47741, 9.8, 39986.7. */
	private static String amount(Object value) {
		if (value == null) {
			return "null";
		}
		return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
	}

}
