package com.careercompass.quiz;

import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.DocClaims;
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

	/** The README and docs/quiz.md count the statements and name the version. */
	@Test
	void theDocsCountTheQuizAsItIs() throws IOException {
		Quiz quiz = this.service.quiz();
		long background = quiz.questions().stream().filter((q) -> q.kind() == Question.Kind.CHOICE).count();
		assertThat(DocClaims.counts("README.md", "(\\w+) statements \\(each")).containsOnly(quiz.statements().size());
		assertThat(DocClaims.counts("README.md", "and (\\w+) background question"))
			.containsOnly(Math.toIntExact(background));
		assertThat(DocClaims.counts("docs/quiz.md", "answers \\*\\*(\\d+) statements\\*\\*"))
			.containsOnly(quiz.statements().size());
		assertThat(DocClaims.counts("docs/quiz.md", "\\*\\*(\\w+) background questions?\\*\\*"))
			.containsOnly(Math.toIntExact(background));
		assertThat(DocClaims.counts("docs/quiz.md", "^# The quiz: design \\(version (\\d+)\\)"))
			.containsOnly(quiz.version());
		assertThat(DocClaims.counts("docs/api.md", "\\{\"version\": (\\d+), \"answers\"")).containsOnly(quiz.version());
		assertThat(DocClaims.claims("docs/quiz.md", "parameters over ([\\d,]+) characters in all"))
			.containsOnly(String.format(java.util.Locale.ENGLISH, "%,d", AnswerReader.MAX_QUERY));
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
