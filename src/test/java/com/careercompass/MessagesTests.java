package com.careercompass;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.careercompass.career.FactKind;
import com.careercompass.system.language.Languages;
import com.careercompass.career.OutlookUnit;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.Statistic;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible word comes from the message bundles, and both languages have every
 * message.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY = Pattern.compile("#\\{([A-Za-z0-9._-]+)");

	private static final Path JAVA = Path.of("src/main/java");

	/**
	 * A string literal in Java that names a message ({@code "pay.year.unknown"}) or the
	 * start of a family of them ({@code "skill.category."}); file names aside.
	 */
	private static final Pattern JAVA_KEY = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9-]+)+)(\\.?)\"");

	private static final Set<String> FILE_TYPES = Set.of("csv", "css", "html", "svg", "json", "properties", "sql",
			"xml", "txt", "yaml");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "aria-label", "placeholder", "value",
			"content");

	@Test
	void englishAndFrenchHaveTheSameKeys() throws IOException {
		Properties en = load("messages/messages.properties");
		Properties fr = load("messages/messages_fr.properties");
		assertThat(new TreeSet<>(fr.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
		assertThat(en.stringPropertyNames()).allSatisfy((key) -> {
			assertThat(en.getProperty(key)).as(key).isNotBlank();
			assertThat(fr.getProperty(key)).as(key).isNotBlank();
		});
	}

	/**
	 * French house rules a reviewer would otherwise have to remember: no "(s)" plurals
	 * (MessageFormat's choice says one or many), no masculine-only address to the reader
	 * ("prêt", "exact" after "vous"), and never « bilan de compétences », the name of a
	 * regulated service in France.
	 */
	@Test
	void frenchMessagesKeepTheHouseRules() throws IOException {
		Properties fr = load("messages/messages_fr.properties");
		assertThat(fr.stringPropertyNames()).allSatisfy((key) -> {
			String text = fr.getProperty(key);
			assertThat(text).as(key).doesNotContainPattern("\\p{L}\\(s\\)");
			assertThat(text).as(key).doesNotContainPattern("\\b(êtes|soyez) (prêt|sûr|certain|exact)\\b");
			assertThat(text).as(key).doesNotContainIgnoringCase("bilan de compétences");
		});
	}

	@Test
	void everyKeyUsedInTemplatesOrCodeExists() throws IOException {
		Properties en = load("messages/messages.properties");
		List<String> used = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				used.add(matcher.group(1));
			}
		}
		Stream.of(SkillCategory.values()).map(SkillCategory::messageKey).forEach(used::add);
		Stream.of(Statistic.values()).map(Statistic::messageKey).forEach(used::add);
		Stream.of(OutlookUnit.values()).map(OutlookUnit::messageKey).forEach(used::add);
		Stream.of(FactKind.values())
			.map((k) -> "sources.section." + k.name().toLowerCase(Locale.ROOT))
			.forEach(used::add);
		Languages.SUPPORTED.forEach((l) -> used.add("language." + l.getLanguage()));
		assertThat(used).isNotEmpty().allSatisfy((key) -> assertThat(en).as(key).containsKey(key));
	}

	/** Keys Java code builds messages from: whole keys exist, prefixes start some key. */
	@Test
	void everyKeyNamedInJavaExists() throws IOException {
		Properties en = load("messages/messages.properties");
		List<String> keys = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<Path> sources;
		try (Stream<Path> files = Files.walk(JAVA)) {
			sources = files.filter((p) -> p.toString().endsWith(".java")).sorted().toList();
		}
		for (Path source : sources) {
			Matcher matcher = JAVA_KEY.matcher(Files.readString(source));
			while (matcher.find()) {
				String key = matcher.group(1);
				if (FILE_TYPES.contains(key.substring(key.lastIndexOf('.') + 1))) {
					continue;
				}
				boolean prefix = !matcher.group(2).isEmpty();
				keys.add(key);
				boolean found = prefix ? en.stringPropertyNames().stream().anyMatch((k) -> k.startsWith(key + "."))
						: en.containsKey(key);
				if (!found) {
					missing.add(source.getFileName() + ": " + key + (prefix ? ".*" : ""));
				}
			}
		}
		assertThat(keys).as("keys named in Java").hasSizeGreaterThan(10);
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoLiteralText() throws IOException {
		assertThat(templates()).hasSizeGreaterThan(5);
		List<String> literals = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : document.getAllElements()) {
				boolean replaced = element.hasAttr("th:text") || element.hasAttr("th:utext")
						|| element.hasAttr("th:replace");
				for (TextNode text : element.textNodes()) {
					if (!replaced && text.text().codePoints().anyMatch(Character::isLetter)) {
						literals.add(template.getFileName() + ": \"" + text.text().strip() + "\"");
					}
				}
				element.attributes()
					.asList()
					.stream()
					.filter((a) -> TEXT_ATTRIBUTES.contains(a.getKey())
							&& a.getValue().codePoints().anyMatch(Character::isLetter))
					.filter((a) -> !(element.tagName().equals("meta") && a.getValue().startsWith("width=")))
					.filter((a) -> !(element.tagName().equals("meta") && a.getValue().equals("light dark")))
					.forEach((a) -> literals
						.add(template.getFileName() + ": " + a.getKey() + "=\"" + a.getValue() + "\""));
			}
		}
		assertThat(literals).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((p) -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
