package com.careercompass.web;

import com.careercompass.support.AlsoOnPostgres;
import com.careercompass.support.NumberWords;
import com.careercompass.support.Html;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz's routes and every bad input: incomplete forms keep their answers; tampered
 * links get a clear 400.
 */
@AlsoOnPostgres
@SpringBootTest
@AutoConfigureMockMvc
class QuizWebTests {

	/** The statistician of the persona tests, in the order of the quiz's questions. */
	private static final String STATISTICIAN = "production=2&statistics=5&deeplearning=3&present=5&software=2&dataset=4"
			+ "&performance=1&business=5&platform=2&gpu=1&sql=4&languages=1&realtime=2&mlfocus=3&background=stats";

	/** The same person's link from version 1 of the quiz (twelve statements). */
	private static final String STATISTICIAN_V1 = "present=5&production=2&statistics=5&software=2&dataset=4"
			+ "&performance=1&deeplearning=3&business=5&languages=1&sql=4&mlfocus=3&gpu=1&background=stats";

	private static final String PLATFORM_BUILDER = "production=5&statistics=3&deeplearning=3&present=2&software=5"
			+ "&dataset=1&performance=5&business=2&platform=5&gpu=4&sql=2&languages=4&realtime=4&mlfocus=3"
			+ "&background=software";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	QuizService quizzes;

	@Test
	void formAsksEveryQuestionWithNotSureAndExplanationsWithoutJavaScript() {
		Document form = page("/quiz?lang=en", HttpStatus.OK);
		Quiz quiz = this.quizzes.quiz();
		assertThat(form.select("fieldset.question")).hasSize(quiz.questions().size());
		assertThat(form.select("fieldset.question input[type=radio]")).hasSize(14 * 6 + 4);
		assertThat(form.select("form.quiz-form").attr("method")).isEqualTo("get");
		assertThat(form.select("input[name=v]").val()).isEqualTo("2");
		assertThat(form.select("label[for=q-present-5] .scale-word").text()).isEqualTo("Strongly agree");
		assertThat(form.select("label[for=q-present-5] .scale-mark").attr("aria-hidden")).isEqualTo("true");
		assertThat(form.select("label[for=q-gpu-0] .scale-word").text()).isEqualTo("Not sure");
		assertThat(form.select("#q-performance details.term summary").text())
			.isEqualTo("What latency and throughput are");
		assertThat(form.select("details.term")).hasSizeGreaterThanOrEqualTo(7);
		assertThat(form.select("script")).isEmpty();
	}

	/** The form's first words count its questions, in both languages. */
	@Test
	void theLeadCountsTheQuestionsAsTheyAre() {
		for (String language : new String[] { "en", "fr" }) {
			String lead = page("/quiz?lang=" + language, HttpStatus.OK).select("main .lead").first().text();
			String first = lead.substring(0, lead.indexOf(' ')).toLowerCase(Locale.ROOT);
			assertThat(NumberWords.number(first)).as(lead).isEqualTo(this.quizzes.quiz().questions().size());
		}
	}

	@Test
	void completeAnswersRedirectToTheShareableResult() {
		assertThat(this.mvc.get().uri("/quiz?v=2&" + STATISTICIAN)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/quiz/result?v=2&" + STATISTICIAN);
	}

	@Test
	void unansweredQuestionsComeBackMarkedWithTheOtherAnswersKept() {
		Document form = page("/quiz?v=2&present=5&statistics=4&gpu=0&sql=oops&lang=fr", HttpStatus.BAD_REQUEST);
		assertThat(form.select(".error-summary li")).hasSize(12);
		assertThat(form.select(".error-summary h2").text()).startsWith("12 questions attendent encore une réponse");
		assertThat(form.select("#q-present-5").attr("checked")).isEqualTo("checked");
		assertThat(form.select("#q-statistics-4").hasAttr("checked")).isTrue();
		assertThat(form.select("#q-gpu-0").hasAttr("checked")).as("not sure is an answer").isTrue();
		assertThat(form.select("fieldset.question-missing").eachAttr("id"))
			.doesNotContain("q-present", "q-statistics", "q-gpu")
			.contains("q-sql", "q-background");
		assertThat(form.select("#q-sql").attr("aria-describedby")).isEqualTo("q-sql-error");
		assertThat(form.select("#q-sql-error").text()).isEqualTo("Merci de répondre à cette question.");
	}

	@Test
	void prefilledFormLetsPeopleChangeSomeAnswers() {
		Document form = page("/quiz?" + STATISTICIAN, HttpStatus.OK);
		assertThat(form.select("input[type=radio][checked]")).hasSize(15);
		assertThat(form.select(".error-summary")).isEmpty();
	}

	@Test
	void aLeanSaysHowClearlyShowsThePictureExplainsItselfAndSaysWhatToLearn() {
		Document result = page("/quiz/result?v=2&" + STATISTICIAN + "&lang=en", HttpStatus.OK);
		assertThat(result.select("h1").text()).isEqualTo("Your answers lean clearly towards Data Scientist");
		assertThat(result.select("svg.stance-plot[role=img]")).hasSize(1);
		assertThat(result.select("svg.stance-plot circle.stance-you")).hasSize(1);
		assertThat(result.select("svg.stance-plot .stance-role").eachText())
			.as("each side named in words, no unexplained corner marks")
			.containsExactly("↖ Data Scientist side", "ML Engineer side ↘");
		assertThat(result.select("svg.stance-plot path")).isEmpty();
		assertThat(result.select("svg.stance-plot .stance-tick").eachText()).as("one 0% at the origin")
			.containsExactly("0%", "100%", "100%");
		assertThat(result.select("#stance-caption").text()).contains("not a probability")
			.containsPattern("A third figure, not in the picture: .*, \\d+%\\. It counts a little towards ML Engineer")
			.contains("AI Engineer path");
		// The caption's two figures are the point drawn (the affinities the verdict
		// rests on, as the API gives them), not another measure.
		var you = result.select("svg.stance-plot circle.stance-you").first();
		int x = Integer.parseInt(you.attr("cx")) * 100 / 200;
		int y = (200 - Integer.parseInt(you.attr("cy"))) * 100 / 200;
		assertThat(result.select("#stance-caption").text()).contains("agree " + x + "% with the work of building",
				y + "% with the work of analysing");
		assertThat(result.select("#why-heading").text())
			.isEqualTo("Why Data Scientist: your answers that pointed there");
		assertThat(result.select("#why-heading + .reasons li")).hasSizeBetween(3, 5);
		assertThat(result.select("#why-heading + .reasons li").eachText()).allSatisfy(
				(text) -> assertThat(text).startsWith("You answered: Strongly").doesNotContain("Neutral", "Not sure"));
		// an agreement: the statement describes Data Scientist work, so it points there;
		// a
		// disagreement: it describes ML Engineer work, so it points away from it (issue
		// 24:
		// it read "Points to Data Scientist: ML engineers run inference tests…")
		assertThat(result.select("#why-heading + .reasons li").eachText())
			.allSatisfy((text) -> assertThat(text).satisfiesAnyOf(
					(t) -> assertThat(t).startsWith("You answered: Strongly agree")
						.contains("That is Data Scientist work:")
						.endsWith("So your answer points to Data Scientist."),
					(t) -> assertThat(t).startsWith("You answered: Strongly disagree")
						.contains("That is ML Engineer work:")
						.endsWith("So your answer points away from ML Engineer.")))
			.anySatisfy((text) -> assertThat(text).contains("points away from ML Engineer"));
		assertThat(result.select("#why-heading + .reasons li .cite a")).isNotEmpty();
		assertThat(result.select("#against-heading").text()).startsWith("Why not ML Engineer");
		assertThat(result.select(".route > ol > li")).as("the first five steps, the rest on demand").hasSize(5);
		assertThat(result.select(".route .step-title").eachAttr("href"))
			.allMatch((h) -> h.matches("/learn/[0-9a-z]+\\?role=data-scientist&back=%2Fquiz%2Fresult%3Fv%3D2.+"));
		assertThat(result.select(".route .step-title").eachText())
			.as("a statistician's background brings statistics; R is only an alternative to Python")
			.startsWith("Python")
			.doesNotContain("Statistics", "R");
		assertThat(result.select(".route .because").eachText()).as("enjoyment is said, never a step of its own")
			.allSatisfy((t) -> assertThat(t).startsWith("You said you would enjoy"));
		assertThat(result.select(".route-aptitudes").text()).startsWith("Also asked for");
		assertThat(result.select(".trials")).as("a lean needs no trial of each job").isEmpty();
		// the skills check opens for her role with those steps marked
		String check = result.select(".next-links a[href^=/skills-check]").attr("href");
		String focus = check.substring(check.indexOf("focus=") + "focus=".length());
		assertThat(check).startsWith("/skills-check?first=data-scientist&focus=");
		assertThat(focus.split("\\.")).hasSameSizeAs(result.select(".route > ol > li"));
		Document form = page(check + "&lang=en", HttpStatus.OK);
		assertThat(form.select("li.skill-focus")).hasSameSizeAs(result.select(".route > ol > li"));
		assertThat(form.select("li.skill-focus label[for^=have]").eachText())
			.allSatisfy((label) -> assertThat(label).endsWith("· suggested by your quiz"));
		assertThat(form.select("p.callout").text()).contains("marked “suggested by your quiz”");
		assertThat(form.select(".error-summary")).isEmpty();
		assertThat(result.select(".next-links a").eachAttr("href")).contains("/roles/data-scientist",
				"/compare/data-scientist-vs-machine-learning-engineer");
		assertThat(result.select(".guidance").text()).contains("guidance, not a verdict");
		assertThat(result.select("a.share-link").attr("href"))
			.isEqualTo("/quiz/result?v=2&" + STATISTICIAN + "&lang=en");
	}

	@Test
	void aPlatformBuilderIsToldMlEngineerWithTheFactsBehindIt() {
		Document result = page("/quiz/result?v=2&" + PLATFORM_BUILDER + "&lang=en", HttpStatus.OK);
		assertThat(result.select("h1").text())
			.matches("Your answers lean (clearly )?towards Machine Learning Engineer");
		assertThat(result.select("#why-heading + .reasons li").text()).contains("ML engineers",
				"keeping them working for their users");
	}

	@Test
	void resultReadsRightInFrench() {
		Document fr = page("/quiz/result?v=2&" + STATISTICIAN + "&lang=fr", HttpStatus.OK);
		assertThat(fr.select("html").attr("lang")).isEqualTo("fr");
		assertThat(fr.select("h1").text())
			.isEqualTo("Vos réponses penchent nettement vers le métier de data scientist (scientifique des données)");
		assertThat(fr.select("#against-heading").text()).startsWith("Pourquoi pas le métier d’ingénieur ML");
		Document builder = page("/quiz/result?v=2&" + PLATFORM_BUILDER + "&lang=fr", HttpStatus.OK);
		assertThat(builder.select("h1").text()).contains("vers le métier d’ingénieur en machine learning");
	}

	@Test
	void flatAnswersSayThereIsNoLean() {
		String all = this.quizzes.quiz()
			.statements()
			.stream()
			.map((q) -> q.code() + "=5")
			.collect(Collectors.joining("&"));
		Document result = page("/quiz/result?v=2&" + all + "&background=other&lang=en", HttpStatus.OK);
		assertThat(result.select("h1").text()).isEqualTo("Your answers do not lean towards any role");
		assertThat(result.select(".reasons")).isEmpty();
		assertThat(result.select(".next-links a").eachAttr("href")).contains("/roles",
				"/compare/machine-learning-engineer-vs-data-scientist");
	}

	@Test
	void aVersionOneLinkIsCarriedOverWithANote() {
		Document result = page("/quiz/result?v=1&" + STATISTICIAN_V1 + "&lang=en", HttpStatus.OK);
		String notice = result.select(".notice").first().text();
		assertThat(notice).contains("previous version of the quiz", "Not sure");
		// the statements a complete version-1 link lacks, as many as the note says
		long answeredThen = STATISTICIAN_V1.chars().filter((c) -> c == '&').count();
		Matcher added = Pattern.compile("the (\\w+) statements added since").matcher(notice);
		assertThat(added.find()).as(notice).isTrue();
		assertThat(NumberWords.number(added.group(1)))
			.isEqualTo((int) (this.quizzes.quiz().statements().size() - answeredThen));
		assertThat(result.select("h1").text()).contains("Data Scientist");
		assertThat(result.select("link[rel=canonical]").attr("href")).contains("/quiz/result?v=2&")
			.contains("platform=0", "realtime=0");
		page("/quiz/result?v=1&present=5", HttpStatus.BAD_REQUEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "v=2&present=5", "v=2&" + STATISTICIAN + "&present=4",
			"v=2&" + "production=2&statistics=5&deeplearning=3&present=9&software=2&dataset=4&performance=1&business=5"
					+ "&platform=2&gpu=1&sql=4&languages=1&realtime=2&mlfocus=3&background=stats",
			"v=2&" + "production=2&statistics=5&deeplearning=3&present=x&software=2&dataset=4&performance=1&business=5"
					+ "&platform=2&gpu=1&sql=4&languages=1&realtime=2&mlfocus=3&background=stats",
			"v=2&" + "production=2&statistics=5&deeplearning=3&present=5&software=2&dataset=4&performance=1&business=5"
					+ "&platform=2&gpu=1&sql=4&languages=1&realtime=2&mlfocus=3&background=astronaut",
			STATISTICIAN, "v=abc&" + STATISTICIAN, "v=2&v=2&" + STATISTICIAN, "" })
	void tamperedResultLinksGetAClear400WithAWayToRetake(String query) {
		Document page = page("/quiz/result?" + query, HttpStatus.BAD_REQUEST);
		assertThat(page.select("h1").text()).isEqualTo("This result link does not work");
		assertThat(page.select(".error-links a[href=/quiz]")).hasSize(1);
		assertThat(page.select("p.lead").text()).contains("incomplete or has been changed");
	}

	@Test
	void anOldQuizVersionSaysSo() {
		Document page = page("/quiz/result?v=0&" + STATISTICIAN + "&lang=fr", HttpStatus.BAD_REQUEST);
		assertThat(page.select("p.lead").text()).contains("ancienne version du quiz");
		page = page("/quiz/result?v=3&" + STATISTICIAN + "&lang=fr", HttpStatus.BAD_REQUEST);
		assertThat(page.select("p.lead").text()).contains("ancienne version du quiz");
	}

	@Test
	void aTenKilobyteAnswerIsRefusedWithoutEchoingIt() {
		String huge = "v=2&" + STATISTICIAN.replace("present=5", "present=" + "5".repeat(10_000));
		MvcTestResult result = this.mvc.get().uri("/quiz/result?" + huge).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyText().doesNotContain("5555555555");
		assertThat(this.mvc.get().uri("/quiz?" + huge)).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@ParameterizedTest
	@ValueSource(strings = { "&fbclid=IwAR2xyz", "&utm_source=newsletter&utm_medium=email&utm_campaign=launch",
			"&gclid=Cj0KCQiA", "&unknown=3",
			"&x=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" })
	void parametersTheQuizDoesNotKnowAreIgnoredSoSharedLinksKeepWorking(String tail) throws Exception {
		String link = "/quiz/result?v=2&" + STATISTICIAN + "&lang=en";
		String clean = this.mvc.get()
			.uri(link)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.getResponse()
			.getContentAsString();
		MvcTestResult tagged = this.mvc.get().uri(link + tail).accept(MediaType.TEXT_HTML).exchange();
		assertThat(tagged).hasStatusOk();
		assertThat(tagged).bodyText().isEqualTo(clean).doesNotContain("aaaaaaaaaa", "fbclid", "utm_", "gclid");
	}

	/**
	 * The caption's third figure says from which value the AI Engineer path is suggested;
	 * for every way of answering the three depth statements (125, beside a builder's
	 * answers elsewhere), the suggestion comes exactly when the figure reaches it. It
	 * said 60% while the suggestion came from 80%, so a reader at 75% was told one thing
	 * and shown another.
	 */
	@Test
	void theDepthFigureSuggestsTheAiEngineerPathExactlyFromTheValueItStates() {
		Pattern figures = Pattern.compile("attract you, (\\d+)%\\. .* from (\\d+)% up");
		int suggested = 0;
		for (int deep = 1; deep <= 5; deep++) {
			for (int gpu = 1; gpu <= 5; gpu++) {
				for (int focus = 1; focus <= 5; focus++) {
					String answers = PLATFORM_BUILDER.replace("deeplearning=3", "deeplearning=" + deep)
						.replace("gpu=4", "gpu=" + gpu)
						.replace("mlfocus=3", "mlfocus=" + focus);
					Document result = page("/quiz/result?v=2&" + answers + "&lang=en", HttpStatus.OK);
					Matcher caption = figures.matcher(result.select(".stance figcaption, .stance p").text());
					assertThat(caption.find()).as(answers).isTrue();
					boolean reached = Integer.parseInt(caption.group(1)) >= Integer.parseInt(caption.group(2));
					boolean shown = !result.select(".neighbours a[href=/roles/ai-engineer]").isEmpty();
					assertThat(shown)
						.as("%s: figure %s%%, stated threshold %s%%", answers, caption.group(1), caption.group(2))
						.isEqualTo(reached);
					suggested += shown ? 1 : 0;
				}
			}
		}
		assertThat(suggested).as("some answers reach it, some do not").isBetween(1, 124);
	}

	private Document page(String uri, HttpStatus status) {
		MvcTestResult result = this.mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
		assertThat(result).as(uri).hasStatus(status);
		return Html.parse(result);
	}

}
