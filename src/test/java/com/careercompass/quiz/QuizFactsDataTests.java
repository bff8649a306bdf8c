package com.careercompass.quiz;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import com.careercompass.support.AlsoOnPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The facts behind the quiz's statements cite every article they rest on and claim no
 * more than the articles say.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ QuizService.class, com.careercompass.career.CatalogService.class,
		com.careercompass.career.data.CatalogRows.Reader.class, com.careercompass.learning.LearningService.class })
@AlsoOnPostgres
class QuizFactsDataTests {

	@Autowired
	QuizService service;

	@Test
	void eachFactCitesTheArticlesItRestsOn() {
		Map<String, Question> byCode = this.service.quiz()
			.statements()
			.stream()
			.collect(Collectors.toMap(Question::code, (q) -> q));
		assertThat(byCode.get("deeplearning").basisSources()).as("the AI-engineer part is S. Nitiema's")
			.containsExactly("dataversity-2023", "nitiema-ds-vs-mle");
		assertThat(byCode.get("platform").basisSources()).as("the custom tools are DATAVERSITY's")
			.containsExactly("datascientest-mle", "dataversity-2023");
		assertThat(byCode.get("present").basisSources()).as("reports and charts are DataScientest's")
			.containsExactly("mle-roles-2019", "datascientest-mle");
		assertThat(byCode.values()).allSatisfy((q) -> assertThat(q.basisSources()).as(q.code()).isNotEmpty());
	}

	/**
	 * docs/generated/quiz.md: the quiz's size and version, as the data holds them (the
	 * README, docs/quiz.md and docs/api.md link it instead of quoting them).
	 */
	@Test
	void theQuizFiguresAreWrittenFromTheQuiz() throws IOException {
		Quiz quiz = this.service.quiz();
		long background = quiz.questions().stream().filter((q) -> q.kind() == Question.Kind.CHOICE).count();
		String doc = com.careercompass.support.GeneratedDoc.banner("QuizFactsDataTests") + "# The quiz in figures\n\n"
				+ "| what | now |\n|---|---|\n"
				+ "| version (`v` of result links, `version` of the API) | %d |\n".formatted(quiz.version())
				+ "| statements on the agreement scale | %d |\n".formatted(quiz.statements().size())
				+ "| background questions | %d |\n".formatted(background)
				+ "| the quiz's own parameters, characters in all, at most | %s |\n"
					.formatted(String.format(java.util.Locale.ENGLISH, "%,d", AnswerReader.MAX_QUERY));
		com.careercompass.support.GeneratedDoc.check(java.nio.file.Path.of("docs/generated/quiz.md"),
				"QuizFactsDataTests", doc);
	}

	@Test
	void noFactClaimsMoreThanTheArticles() {
		Map<String, Question> byCode = this.service.quiz()
			.statements()
			.stream()
			.collect(Collectors.toMap(Question::code, (q) -> q));
		assertThat(byCode.get("dataset").basis().en()).contains("sometimes").doesNotContain("often");
		assertThat(byCode.get("dataset").basis().fr()).contains("parfois").doesNotContain("souvent");
		assertThat(byCode.get("mlfocus").basis().en()).doesNotContain("every day");
		assertThat(byCode.get("mlfocus").basis().fr()).doesNotContain("chaque jour");
		assertThat(byCode.get("software").basis().en()).contains("Git");
	}

}
