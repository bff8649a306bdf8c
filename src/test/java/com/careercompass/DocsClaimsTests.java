package com.careercompass;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careercompass.plan.Plan;
import com.careercompass.skills.SkillsCheck;
import com.careercompass.support.DocClaims;
import org.junit.jupiter.api.Test;

import static com.careercompass.support.DocClaims.claims;
import static com.careercompass.support.DocClaims.counts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers the README and docs/ state about the portal and its tests are the numbers the
 * code holds ("every number ... checked by a test or removed"). Budgets are quoted once,
 * in docs/benchmarks.md's table, each with the constant its test asserts; the README's
 * figures are read back here one by one. Dated measurements stay records of their day;
 * what they are measured against is checked here.
 */
class DocsClaimsTests {

	private static final Path BENCHMARKS = Path.of("docs/benchmarks.md");

	/** A row of the budgets table: what, the budget, the constant that holds it. */
	private static final Pattern BUDGET_ROW = Pattern
		.compile("^\\| [^|]+ \\| (\\d+(?:\\.\\d+)?) [^|]*\\| `([A-Z][A-Za-z]+)\\.([A-Z_]+)` \\|$");

	/** A budget quoted with its number: only the table may. */
	private static final Pattern BUDGET_QUOTED = Pattern.compile("(?i)budget:? *\\d|\\d+ ?KB budget|budget of \\d");

	@Test
	void everyBudgetInTheTableIsTheOneItsTestHolds() throws Exception {
		List<String> rows = Files.readAllLines(BENCHMARKS)
			.stream()
			.filter((line) -> BUDGET_ROW.matcher(line).matches())
			.toList();
		assertThat(rows).as("rows of the budgets table in " + BENCHMARKS).hasSizeGreaterThanOrEqualTo(8);
		for (String row : rows) {
			Matcher m = BUDGET_ROW.matcher(row);
			assertThat(m.matches()).isTrue();
			assertThat(constant(m.group(2), m.group(3)).doubleValue()).as(row)
				.isEqualTo(Double.parseDouble(m.group(1)));
		}
	}

	@Test
	void noBudgetIsQuotedOutsideItsTable() throws IOException {
		List<String> quoted = new ArrayList<>();
		for (Path doc : DocClaims.docs()) {
			for (String line : Files.readAllLines(doc)) {
				if (BUDGET_QUOTED.matcher(line).find() && !BUDGET_ROW.matcher(line).matches()) {
					quoted.add(doc + ": " + line);
				}
			}
		}
		assertThat(quoted).as("say 'within its budget' and leave the number to the table").isEmpty();
	}

	@Test
	void theHostileInputSuiteIsAsLargeAsTheDocsSay() throws Exception {
		String count = String.format(Locale.ENGLISH, "%,d", constant("HostileInputTests", "COUNT").intValue());
		assertThat(claims("README.md", "a ([\\d,]+)-request\\s+hostile-input suite")).containsOnly(count);
		assertThat(claims("docs/security.md", "([\\d,]+) requests generated from a fixed seed")).containsOnly(count);
		assertThat(claims("docs/security.md", "from a fixed seed \\(`(\\d+)`\\)"))
			.containsOnly(Long.toString(constant("HostileInputTests", "SEED").longValue()));
		assertThat(claims("docs/operations.md", "over ([\\d,]+) hostile requests")).containsOnly(count);
	}

	/**
	 * docs/security.md's table of attacks says what the suite's full mode sends: each
	 * row's claim in the doc, the suite's function and the assignment that sets the
	 * number.
	 */
	@Test
	void theAttackTableSaysWhatTheSuiteSends() throws IOException {
		String suite = Files.readString(Path.of("src/test/attack/attack.py"));
		String[][] rows = { { "\\| `cache-flood` \\| ([\\d,]+) GETs", "cache_flood", "count = (\\d+) if full" },
				{ "\\| `big-json` \\| ([\\d,]+) POSTs", "big_json", "count = (\\d+) if full" },
				{ "\\| `slowloris` \\| ([\\d,]+) connections", "slowloris",
						"count, seconds = \\((\\d+), \\d+\\) if full" },
				{ "\\| `slowloris` \\|[^|]* for (\\d+) s \\|", "slowloris",
						"count, seconds = \\(\\d+, (\\d+)\\) if full" },
				{ "\\| `slow-bodies` \\| ([\\d,]+) connections", "slow_bodies", "connections, seconds = (\\d+)," },
				{ "\\| `big-form` \\| ([\\d,]+) form POSTs", "big_form", "count = (\\d+) if full" },
				{ "\\| `head` \\| ([\\d,]+) HEADs", "head_requests", "count = (\\d+) if full" } };
		for (String[] row : rows) {
			assertThat(numbers(claims("docs/security.md", row[0]))).as(row[0])
				.containsOnly(fullMode(suite, row[1], row[2]));
		}
	}

	/** The first number the suite's function sets, by the pattern given. */
	private static int fullMode(String suite, String function, String regex) {
		int start = suite.indexOf("\ndef " + function + "(");
		assertThat(start).as("attack.py's %s", function).isNotNegative();
		Matcher m = Pattern.compile(regex).matcher(suite);
		assertThat(m.find(start)).as("%s in attack.py's %s", regex, function).isTrue();
		return Integer.parseInt(m.group(1));
	}

	private static List<Integer> numbers(List<String> written) {
		return written.stream().map((n) -> Integer.valueOf(n.replace(",", ""))).toList();
	}

	@Test
	void theReadmeSaysWhatThePrintTestsHold() throws Exception {
		assertThat(claims("README.md", "prints on (\\d+) A4 pages"))
			.containsOnly(Integer.toString(constant("BrowserLayoutTests", "COMPARISON_PAGES").intValue()));
		assertThat(counts("README.md", "(\\w+) A4 page printed"))
			.containsOnly(constant("BrowserLayoutTests", "PLAN_PAGES").intValue());
	}

	@Test
	void theReadmeNamesTheSkillsCheckVersionOfItsLinks() throws IOException {
		assertThat(claims("README.md", "`/skills-check/result\\?v=(\\d+)"))
			.containsOnly(Integer.toString(SkillsCheck.VERSION));
	}

	@Test
	void thePlanLearnsAsManyThingsAsDocsPlanSays() throws IOException {
		assertThat(counts("docs/plan.md", "The first things to learn\\*\\*, at most (\\w+), each"))
			.containsOnly(com.careercompass.learning.RouteView.FIRST);
		assertThat(claims("docs/api.md", "`GET /api/v1/skills-check\\?v=(\\d+)"))
			.containsOnly(Integer.toString(SkillsCheck.VERSION));
	}

	@Test
	void theGuardsWouldCatchAStaleNumber() {
		assertThat(BUDGET_QUOTED.matcher("4.9 in French (budget 5: reached)").find()).isTrue();
		assertThat(BUDGET_QUOTED.matcher("17.4 KB against the 30 KB budget").find()).isTrue();
		assertThat(BUDGET_QUOTED.matcher("within its budget; 8.5–9 before").find()).isFalse();
		Matcher row = BUDGET_ROW.matcher("| a plan printed | 1 A4 page | `BrowserLayoutTests.PLAN_PAGES` |");
		assertThat(row.matches()).isTrue();
		assertThat(row.group(1)).isEqualTo("1");
	}

	/** A test's constant, read from the test class by its simple name. */
	private static Number constant(String testClass, String field) throws Exception {
		Field constant = testClass(testClass).getDeclaredField(field);
		constant.setAccessible(true);
		return (Number) constant.get(null);
	}

	private static Class<?> testClass(String simpleName) throws IOException, ClassNotFoundException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
			Path file = files.filter((f) -> f.getFileName().toString().equals(simpleName + ".java"))
				.findFirst()
				.orElseThrow(() -> new AssertionError("no test class " + simpleName));
			String name = Path.of("src/test/java").relativize(file).toString().replace('/', '.');
			return Class.forName(name.substring(0, name.length() - ".java".length()));
		}
	}

}
