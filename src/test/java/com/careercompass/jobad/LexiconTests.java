package com.careercompass.jobad;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.careercompass.career.LocalizedText;
import com.careercompass.support.AlsoOnPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How the lexicon finds terms in a text: whole words, without case, accents or a final
 * plural mark; names that are also common words only as written; the longest term first;
 * a term for one language only in ads in that language; a title only in the first line.
 */
@AlsoOnPostgres
class LexiconTests {

	private static final AtomicLong IDS = new AtomicLong();

	private static final Lexicon LEXICON = Lexicon.of(List.of(term("R", null, true), term("Spark", null, true),
			term("SQL", null, false), term("NoSQL", null, false), term("A/B tests", null, false),
			term("données", "fr", false), term("modèle", "fr", false), term("machine learning", null, false),
			title("machine learning engineer"), term("Tableau", null, true), term("tableaux de bord", "fr", false),
			term("C++", null, false), term("scikit-learn", null, false), term("deploy", "en", false)),
			LocalDate.of(2026, 12, 6));

	@Test
	void theLanguageRIsACapitalRStandingAlone() {
		assertThat(words("Python, R and SQL")).contains("R");
		assertThat(words("We use R.")).contains("R");
		assertThat(words("Our R&D lab, the R-squared, H.R. and O’R teams")).doesNotContain("R");
		assertThat(words("r is not R")).containsExactly("R");
	}

	@Test
	void aNameThatIsAWordCountsOnlyAsWrittenAndOnlyWhole() {
		assertThat(words("Spark and Hadoop")).contains("Spark");
		assertThat(words("a sparkle of joy, the spark of an idea")).isEmpty();
		assertThat(words("un tableau Excel")).isEmpty();
		assertThat(words("dashboards in Tableau")).containsExactly("Tableau");
	}

	@Test
	void sqlInsideNoSqlIsNoSql() {
		assertThat(words("NoSQL databases such as MongoDB")).containsExactly("NoSQL");
		assertThat(words("SQL and NoSQL")).containsExactly("SQL", "NoSQL");
	}

	@Test
	void caseAccentsAndPluralsDoNotMatter() {
		assertThat(LEXICON.read("Les DONNEES, des données, la donnée et nos modèles").found())
			.extracting(Lexicon.Found::words, Lexicon.Found::count)
			.containsExactly(tuple("DONNEES", 3), tuple("modèles", 1));
		assertThat(LEXICON.read("Running a/b TESTS, an A/B test").found())
			.extracting(Lexicon.Found::words, Lexicon.Found::count)
			.containsExactly(tuple("a/b TESTS", 2));
		assertThat(LEXICON.read("C++ and scikit learn, Scikit-Learn").found())
			.extracting(Lexicon.Found::words, Lexicon.Found::count)
			.containsExactly(tuple("C++", 1), tuple("scikit learn", 2));
	}

	@Test
	void theLongestTermWinsAndATitleCountsOnlyInTheFirstLine() {
		Lexicon.Reading titled = LEXICON.read("Machine Learning Engineer\nWe do machine learning.");
		assertThat(titled.title()).isPresent();
		assertThat(titled.found()).extracting((f) -> f.term().words())
			.containsExactly("machine learning engineer", "machine learning");
		Lexicon.Reading body = LEXICON.read("Data team\nYou will work with machine learning engineers.");
		assertThat(body.title()).as("named in the body, not the title").isEmpty();
		assertThat(body.found()).as("and not read as machine learning either").isEmpty();
	}

	@Test
	void aTermForOneLanguageIsReadOnlyInAdsInThatLanguage() {
		assertThat(LEXICON.read("Vous allez deploy les modèles et les données avec nous").found())
			.extracting((f) -> f.term().words())
			.containsExactly("modèle", "données");
		assertThat(LEXICON.read("You will deploy the models with the team").found()).extracting((f) -> f.term().words())
			.containsExactly("deploy");
	}

	@Test
	void theAdsOwnWordsAreShownAtMostSixtyCharactersAndCounted() {
		Lexicon.Reading reading = LEXICON.read("SQL, sql and Sql");
		assertThat(reading.found()).singleElement().satisfies((f) -> {
			assertThat(f.count()).isEqualTo(3);
			assertThat(f.words()).isEqualTo("SQL");
		});
		assertThat(LEXICON.read("x".repeat(100) + " SQL").found().get(0).words().length())
			.isLessThanOrEqualTo(Lexicon.SHOWN);
	}

	@Test
	void aLongTextIsReadInOnePass() {
		String ad = "We want SQL, Spark and R for our données. ".repeat(500);
		long start = System.nanoTime();
		Lexicon.Reading reading = LEXICON.read(ad.substring(0, 20_000));
		long millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(reading.found()).isNotEmpty();
		assertThat(millis).as("20,000 characters").isLessThan(2_000);
	}

	private static List<String> words(String text) {
		return LEXICON.read(text).found().stream().map(Lexicon.Found::words).toList();
	}

	private static Term term(String words, String lang, boolean exact) {
		return new Term(IDS.incrementAndGet(), words, lang, Term.Kind.UNLISTED, null, null, null, exact,
				new LocalizedText("why", "pourquoi"));
	}

	private static Term title(String words) {
		return new Term(IDS.incrementAndGet(), words, null, Term.Kind.TITLE, null, null, "builder", false,
				new LocalizedText("title", "intitulé"));
	}

}
