package com.careercompass.career;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import com.careercompass.quiz.QuizService;
import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.Numbers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number in a French text is a number of its English counterpart ("36 %" changed to
 * "63 %" in a French text passed every test): over every text of the data (the catalog
 * and the quiz, found by walking their records) and every message.
 */
@AlsoOnPostgres
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogService.class, com.careercompass.career.data.CatalogRows.Reader.class, QuizService.class,
		com.careercompass.learning.LearningService.class })
class FrenchNumbersDataTests {

	@Autowired
	CatalogService catalogs;

	@Autowired
	QuizService quizzes;

	@Test
	void everyFrenchTextOfTheDataStatesOnlyNumbersOfItsEnglishText() {
		Map<String, LocalizedText> texts = new java.util.LinkedHashMap<>();
		collect("catalog", this.catalogs.catalog(), texts);
		collect("quiz", this.quizzes.quiz(), texts);
		assertThat(texts).as("texts found in the data").hasSizeGreaterThan(300);
		List<String> wrong = new ArrayList<>();
		texts.forEach((path, text) -> {
			List<BigDecimal> extra = Numbers.onlyInFrench(text.en(), text.fr());
			if (!extra.isEmpty()) {
				wrong.add(path + ": " + extra + " in «" + text.fr() + "» / \"" + text.en() + "\"");
			}
		});
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyFrenchMessageStatesOnlyNumbersOfItsEnglishMessage() throws IOException {
		Properties en = load("messages/messages.properties");
		Properties fr = load("messages/messages_fr.properties");
		List<String> wrong = new ArrayList<>();
		for (String key : new TreeSet<>(en.stringPropertyNames())) {
			List<BigDecimal> extra = Numbers.onlyInFrench(en.getProperty(key), fr.getProperty(key, ""));
			if (!extra.isEmpty()) {
				wrong.add(key + ": " + extra);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aChangedFigureIsCaught() {
		assertThat(Numbers.onlyInFrench("grow 36% from 2021 to 2031", "croître de 36 % de 2021 à 2031")).isEmpty();
		assertThat(Numbers.onlyInFrench("grow 36% from 2021 to 2031", "croître de 63 % de 2021 à 2031"))
			.containsExactly(new BigDecimal("63"));
		assertThat(Numbers.onlyInFrench("$100,910 and 4.4", "100 910 $ et 4,4")).isEmpty();
		assertThat(Numbers.onlyInFrench("$100,910 and 4.4", "100 910 $ et 4,5")).containsExactly(new BigDecimal("4.5"));
	}

	/** Every localized text reachable from a record, by its path. */
	private static void collect(String path, Object value, Map<String, LocalizedText> into) {
		if (value instanceof LocalizedText text) {
			into.put(path, text);
		}
		else if (value instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				try {
					Object child = component.getAccessor().invoke(record);
					if (child != null) {
						collect(path + "." + component.getName(), child, into);
					}
				}
				catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		else if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				collect(path + "[" + i++ + "]", item, into);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> collect(path + "[" + key + "]", item, into));
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = FrenchNumbersDataTests.class.getClassLoader().getResourceAsStream(resource)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
