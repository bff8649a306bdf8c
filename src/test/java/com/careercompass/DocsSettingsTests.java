package com.careercompass;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careercompass.system.config.PortalProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every limit and setting the README and docs/ quote with its value is the value the
 * application runs with (docs drifted from the settings). Two forms are read:
 * {@code `server.tomcat.max-connections=300`}, and a figure followed by a few words and
 * the setting's name in parentheses, "16 KB (`portal.limits.body-size`)" or "48 worker
 * threads (`threads.max`)", and a name with its value after it, "`render-queue` (32)"; a
 * short name is the one setting whose name ends with it. The values are those of
 * {@code application.properties} and the defaults of {@link PortalProperties}; a quoted
 * setting the application does not set (advice such as "set
 * `server.forward-headers-strategy=native` behind a proxy") is not a claim about it.
 */
class DocsSettingsTests {

	private static final Pattern ASSIGNED = Pattern
		.compile("`((?:server|spring|portal|management|logging)\\.[a-z0-9.-]+)=([^`]+)`");

	private static final Pattern FIGURE = Pattern
		.compile("(\\d[\\d,.]*)\\s?(KB|MB|GB|bytes|ms|s)?(?:\\s+[\\p{L}-]+){0,4}\\s+\\(`([a-z][a-z0-9.-]*[a-z0-9])`");

	private static final Pattern NAMED = Pattern
		.compile("`([a-z][a-z0-9.-]*[a-z0-9])` \\((\\d[\\d,.]*\\s?(?:KB|MB|GB|ms|s)?|true|false|empty)\\)");

	private static Map<String, String> settings;

	@BeforeAll
	static void readSettings() throws IOException {
		Properties file = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
			file.load(reader);
		}
		settings = new TreeMap<>();
		file.forEach((k, v) -> settings.put((String) k, ((String) v).trim()));
		Map<String, String> portal = new TreeMap<>();
		settings.forEach((k, v) -> {
			if (k.startsWith("portal.")) {
				portal.put(k, v);
			}
		});
		PortalProperties bound = new Binder(new MapConfigurationPropertySource(portal)).bindOrCreate("portal",
				PortalProperties.class);
		flatten("portal", bound, settings);
	}

	@Test
	void everySettingQuotedWithItsValueHasThatValue() throws IOException {
		List<String> checked = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (Path doc : docs()) {
			String text = Files.readString(doc);
			Matcher assigned = ASSIGNED.matcher(text);
			while (assigned.find()) {
				compare(doc, assigned.group(), assigned.group(1), assigned.group(2), checked, wrong);
			}
			Matcher named = NAMED.matcher(text);
			while (named.find()) {
				compare(doc, named.group(), named.group(1), named.group(2).replace("empty", ""), checked, wrong);
			}
			Matcher figure = FIGURE.matcher(text);
			while (figure.find()) {
				String value = figure.group(1) + ((figure.group(2) != null) ? figure.group(2) : "");
				compare(doc, figure.group(), figure.group(3), value, checked, wrong);
			}
		}
		System.out.printf("Settings quoted in the docs and checked: %d%n%s%n", checked.size(),
				String.join("\n", checked));
		assertThat(checked).as("the docs quote settings with their values").hasSizeGreaterThan(10);
		assertThat(wrong).as("quoted values that are not the application's").isEmpty();
	}

	@Test
	void theGuardWouldCatchAStaleLimit() {
		Matcher m = FIGURE.matcher("requests of 32 KB (`portal.limits.body-size`) at most");
		assertThat(m.find()).isTrue();
		assertThat(same("32KB", settings.get(resolve(m.group(3)).orElseThrow()))).isFalse();
		assertThat(same("16KB", settings.get(resolve("body-size").orElseThrow()))).isTrue();
		assertThat(same("48", settings.get(resolve("threads.max").orElseThrow()))).isTrue();
		assertThat(same("5s", settings.get(resolve("render-wait").orElseThrow()))).isTrue();
	}

	private static void compare(Path doc, String quote, String name, String value, List<String> checked,
			List<String> wrong) {
		Optional<String> key = resolve(name);
		if (key.isEmpty()) {
			return;
		}
		String actual = settings.get(key.get());
		String line = doc + ": \"" + quote.replaceAll("\\s+", " ") + "\" → " + key.get() + "=" + actual;
		checked.add(line);
		if (!same(value, actual)) {
			wrong.add(line);
		}
	}

	/**
	 * The setting a name stands for: itself, or the one setting whose name ends with it.
	 */
	private static Optional<String> resolve(String name) {
		if (settings.containsKey(name)) {
			return Optional.of(name);
		}
		List<String> keys = settings.keySet().stream().filter((k) -> k.endsWith("." + name)).toList();
		assertThat(keys).as("settings ending with " + name + ": name it in full in the docs").hasSizeLessThan(2);
		return keys.stream().findFirst();
	}

	/** Sizes, durations and numbers compared by value; anything else as text. */
	static boolean same(String quoted, String actual) {
		if (quoted.isEmpty() || actual.isEmpty()) {
			return quoted.equals(actual);
		}
		String a = quoted.replace(" ", "").replace(",", "");
		String b = actual.replace(" ", "").replace(",", "");
		if (a.equalsIgnoreCase(b)) {
			return true;
		}
		try {
			if (a.matches("\\d+(\\.\\d+)?(KB|MB|GB|B)") || b.matches("\\d+(KB|MB|GB|B)")) {
				return DataSize.parse(a.toUpperCase(Locale.ROOT)).equals(DataSize.parse(b.toUpperCase(Locale.ROOT)));
			}
			if (a.matches("\\d+(ms|s)")) {
				return DurationStyle.detectAndParse(a).equals(DurationStyle.detectAndParse(b));
			}
			return Double.parseDouble(a) == Double.parseDouble(b);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void flatten(String prefix, Object value, Map<String, String> into) {
		if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					Object child = component.getAccessor().invoke(value);
					String name = prefix + "."
							+ component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
					if (child != null) {
						flatten(name, child, into);
					}
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		else if (value instanceof java.time.Duration duration) {
			into.put(prefix, duration.toMillis() + "ms");
		}
		else if (value instanceof DataSize size) {
			into.put(prefix, size.toBytes() + "B");
		}
		else {
			into.put(prefix, String.valueOf(value));
		}
	}

	private static List<Path> docs() throws IOException {
		List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> files = Files.walk(Path.of("docs"))) {
			files.filter((f) -> f.toString().endsWith(".md")).sorted().forEach(docs::add);
		}
		return docs;
	}

}
