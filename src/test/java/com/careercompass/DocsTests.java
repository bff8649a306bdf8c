package com.careercompass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README and docs/ name migrations, classes (and their members) and files; a name
 * that no longer exists is a claim gone stale (docs named a next migration that already
 * existed, and a class that did not). Each name in backticks must exist in the source
 * tree, or be one of the framework's names listed here.
 */
class DocsTests {

	private static final Pattern MIGRATION = Pattern.compile("V\\d+__\\w+\\.sql");

	/**
	 * A class name in backticks: two capitalised humps at least, maybe a member after.
	 */
	private static final Pattern CLASS = Pattern.compile("`([A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*)(?:\\.(\\w+))?`");

	/**
	 * Names of Spring, Jakarta, schema.org, the DevTools protocol and Deque's axe-core
	 * the docs refer to.
	 */
	private static final Set<String> FRAMEWORK = Set.of("AcceptHeaderLocaleResolver", "CookieLocaleResolver",
			"EntityManagerFactory", "JdbcClient", "LocaleChangeInterceptor", "LocaleResolver",
			"MonetaryAmountDistribution", "MonetaryAmount", "ShallowEtagHeaderFilter", "HttpOnly",
			"SessionCreationPolicy", "MessageSource", "MockMvcTester", "AxeBuilder");

	@Test
	void everyMigrationTheDocsNameExists() throws IOException {
		Set<String> migrations = migrations();
		List<String> stale = new ArrayList<>();
		for (Path doc : docs()) {
			for (String line : Files.readAllLines(doc)) {
				Matcher m = MIGRATION.matcher(line);
				while (m.find()) {
					// a migration that was deleted is named as such (docs/data.md)
					if (!migrations.contains(m.group()) && !line.contains("deleted")) {
						stale.add(doc + ": " + m.group());
					}
				}
			}
		}
		assertThat(stale).isEmpty();
	}

	@Test
	void docsDataListsEveryMigration() throws IOException {
		String data = Files.readString(Path.of("docs/data.md"));
		assertThat(migrations()).allSatisfy((m) -> assertThat(data).as("docs/data.md's table").contains("`" + m + "`"));
	}

	@Test
	void everyClassTheDocsNameExists() throws IOException {
		Map<String, Path> classes = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("src"))) {
			files.filter((f) -> f.getFileName().toString().endsWith(".java"))
				.forEach((f) -> classes.put(f.getFileName().toString().replace(".java", ""), f));
		}
		List<String> stale = new ArrayList<>();
		for (Path doc : docs()) {
			Matcher m = CLASS.matcher(Files.readString(doc));
			while (m.find()) {
				if (FRAMEWORK.contains(m.group(1))) {
					continue;
				}
				Path source = classes.get(m.group(1));
				if (source == null || (m.group(2) != null && !declares(source, m.group(2)))) {
					stale.add(doc + ": " + m.group());
				}
			}
		}
		assertThat(stale).isEmpty();
	}

	/** A method, field or nested type of that name in the class's source. */
	private static boolean declares(Path source, String member) throws IOException {
		return Pattern.compile("\\b" + Pattern.quote(member) + "\\b").matcher(Files.readString(source)).find();
	}

	/** A file or folder of this repository in backticks. */
	private static final Pattern FILE = Pattern.compile("`((?:src|docs|\\.ci|\\.mvn)/[A-Za-z0-9_./-]+)`");

	@Test
	void everyFileTheDocsNameExists() throws IOException {
		List<String> missing = new ArrayList<>();
		int named = 0;
		for (Path doc : docs()) {
			Matcher m = FILE.matcher(Files.readString(doc));
			while (m.find()) {
				named++;
				if (!Files.exists(Path.of(m.group(1)))) {
					missing.add(doc + ": " + m.group());
				}
			}
		}
		assertThat(named).as("the docs name files of the repository").isGreaterThan(10);
		assertThat(missing).isEmpty();
	}

	@Test
	void theGuardsWouldCatchAStaleName() {
		assertThat(MIGRATION.matcher("`V9__update_payscale.sql` next").find()).isTrue();
		Matcher m = CLASS.matcher("the `SourceDigests.payLine` method and `PlanService`");
		assertThat(m.find()).isTrue();
		assertThat(m.group(1)).isEqualTo("SourceDigests");
		assertThat(m.group(2)).isEqualTo("payLine");
		assertThat(CLASS.matcher("`GET` and `UP`").find()).isFalse();
		Matcher file = FILE.matcher("run `src/test/scripts/gone.sh` first");
		assertThat(file.find()).isTrue();
		assertThat(Files.exists(Path.of(file.group(1)))).isFalse();
	}

	private static Set<String> migrations() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			return files.map((f) -> f.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
		}
	}

	/** The README and every page of docs/, in order. */
	/**
	 * The README and docs/, but not the dated results (docs/results): a record is never
	 * edited, so it names classes and files as they were on its day.
	 */
	private static List<Path> docs() throws IOException {
		List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> files = Files.walk(Path.of("docs"))) {
			files.filter((f) -> f.toString().endsWith(".md") && !f.startsWith(Path.of("docs", "results")))
				.sorted()
				.forEach(docs::add);
		}
		return docs;
	}

}
