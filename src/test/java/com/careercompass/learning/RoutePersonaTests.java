package com.careercompass.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Skill;
import com.careercompass.quiz.Answers;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.quiz.QuizService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People described only by their traits take the real quiz (answers commented by the
 * trait behind them); what their result tells them to learn is what a careers adviser
 * would sign: what they lack, not what they said they would enjoy or already do. The
 * first five steps of each are printed for the record (docs/learning.md).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ CatalogService.class, com.careercompass.career.data.CatalogRows.Reader.class, LearningService.class,
		QuizService.class })
class RoutePersonaTests {

	static final String MLE = "machine-learning-engineer";

	static final String DS = "data-scientist";

	@Autowired
	QuizService quizzes;

	@Autowired
	LearningService learning;

	@Test
	void aJavaDeveloperOfEightYearsIsToldHowModelsAreBuiltNotJava() {
		QuizResultView result = result("java developer", answers()
			// ships software for a living, and wants it to keep running
			.put("production", 5)
			.put("software", 5)
			.put("performance", 5)
			// happy in Java and C++ after eight years of it
			.put("languages", 5)
			// would like to build what others use; curious about ML, not about reports
			.put("platform", 4)
			.put("mlfocus", 4)
			.put("present", 2)
			.put("business", 2)
			.put("sql", 2)
			.put("statistics", 2)
			.background("software"));
		assertThat(result.lean().slug()).isEqualTo(MLE);
		List<String> first = first(result);
		assertThat(first).as("how models are built and evaluated")
			.contains("Building and evaluating models")
			.anyMatch((t) -> t.startsWith("ML frameworks"));
		assertThat(titles(result)).as("never what he enjoys or what a developer brings")
			.doesNotContain("Java", "C and C++", "Version control", "Data structures",
					"Software engineering and software architecture", "Linux / Unix", "Python");
		assertThat(result.route().languageFromBackground()).as("his languages meet the foundation").isTrue();
	}

	@Test
	void aSparkEngineerWhoTickedSparkIsNeverToldToLearnItAndGetsTheModelsFirst() {
		Answers answers = answers()
			// streams and big clusters are his daily work
			.put("realtime", 5)
			.put("performance", 5)
			.put("platform", 5)
			.put("production", 4)
			.put("software", 4)
			.put("present", 2)
			.put("sql", 3)
			.background("software")
			.answers();
		// what he ticks in the skills check: Spark, distributed computing, big volumes,
		// Java, Linux, SQL, cloud
		Set<Long> ticks = ids("Spark and Hadoop (also Pig, Hive, Flume)", "Distributed computing",
				"Data management with large data volumes", "Java", "Linux / Unix", "SQL and other query languages",
				"Cloud platforms (AWS, Microsoft Azure, Google Cloud)");
		Route route = this.learning.route(List.of(MLE),
				com.careercompass.quiz.QuizRoute.known(this.quizzes.quiz(), answers).withTicks(ticks),
				com.careercompass.quiz.QuizRoute.enjoyed(this.quizzes.quiz(), answers));
		List<String> titles = route.steps().stream().map((s) -> title(s)).toList();
		System.out.printf("Route | spark engineer | %s%n", titles.subList(0, 5));
		assertThat(titles).doesNotContain("Spark and Hadoop (also Pig, Hive, Flume)", "Distributed computing", "Java");
		assertThat(titles.subList(0, 5)).contains("Building and evaluating models");
	}

	@Test
	void aStudentWhoTinkersWithGpusLearnsPythonAndTheCoreBeforeCuda() {
		QuizResultView result = result("gpu tinkerer", answers()
			// overclocks graphics cards and reads about neural networks for fun
			.put("gpu", 5)
			.put("deeplearning", 5)
			.put("performance", 4)
			.put("mlfocus", 5)
			.put("production", 3)
			.put("present", 2)
			.put("business", 1)
			.put("sql", 2)
			.background("other"));
		assertThat(result.lean().slug()).isEqualTo(MLE);
		List<RouteView.StepView> steps = result.route().steps();
		assertThat(steps.get(0).title()).as("no language yet: Python first").isEqualTo("Python");
		int cuda = titles(result).indexOf("GPU architectures and CUDA");
		assertThat(cuda).as("CUDA comes, as a specialism, after the core").isGreaterThanOrEqualTo(5);
		assertThat(steps.get(cuda).stage()).isEqualTo(Stage.SPECIALISM);
		assertThat(steps.get(cuda).because()).as("and says it is what he said he would enjoy").isNotNull();
		assertThat(steps.stream().filter((s) -> s.stage() == Stage.SPECIALISM).findFirst())
			.as("the specialism he enjoys leads the specialisms")
			.hasValueSatisfying((s) -> assertThat(s.because()).isNotNull());
	}

	@Test
	void aStatisticianLearnsPythonAndModelBuildingNeverStatisticsOrR() {
		QuizResultView result = result("statistician", answers()
			// twenty years of surveys and clinical trials in SAS
			.put("statistics", 5)
			.put("present", 5)
			.put("business", 4)
			.put("dataset", 4)
			.put("sql", 3)
			.put("production", 2)
			.put("software", 2)
			.put("gpu", 1)
			.put("languages", 1)
			.background("stats"));
		assertThat(result.lean().slug()).isEqualTo(DS);
		List<String> first = first(result);
		assertThat(first).contains("Python", "Building and evaluating models");
		assertThat(titles(result)).doesNotContain("Statistics", "R",
				"Descriptive, diagnostic, predictive and prescriptive analytics");
	}

	@Test
	void aBiAnalystLearnsPythonAndStatisticsNeverSqlExcelOrCharts() {
		QuizResultView result = result("bi analyst", answers()
			// builds dashboards all day and likes the business side
			.put("sql", 5)
			.put("business", 5)
			.put("present", 4)
			.put("statistics", 4)
			.put("production", 2)
			.put("gpu", 1)
			.put("deeplearning", 2)
			.put("languages", 1)
			.background("analysis"));
		assertThat(result.lean().slug()).isEqualTo(DS);
		assertThat(first(result)).contains("Python", "Statistics");
		assertThat(titles(result)).doesNotContain("SQL and other query languages", "Microsoft Excel",
				"Data visualisation", "Preparing data", "Data analysis");
	}

	@Test
	void anUndecidedReaderGetsWhatBothRolesShareAndOneTrialOfEach() {
		QuizResultView result = result("undecided", answers().background("other"));
		assertThat(result.lean()).isNull();
		assertThat(result.route().roles()).containsExactly(MLE, DS);
		assertThat(result.route().steps()).as("never an empty heading").hasSizeGreaterThanOrEqualTo(5);
		assertThat(result.trials()).extracting((t) -> t.role().slug()).containsExactly(MLE, DS);
		Catalog catalog = this.learning.catalog();
		assertThat(result.route().steps()).as("only what both roles list, a family counted for each")
			.allSatisfy((step) -> assertThat(LearningRoute.abilities(catalog, this.learning.data(), List.of(MLE, DS)))
				.anyMatch((a) -> a.stream().anyMatch((s) -> Skill.code(s.id()).equals(step.code()))));
	}

	@Test
	void aHybridGetsARouteNamingBothRoles() {
		QuizResultView result = result("hybrid", answers()
			// loves both shipping models and statistics, neutral elsewhere
			.put("production", 5)
			.put("statistics", 5)
			.background("analysis"));
		assertThat(result.result().verdict().name()).isEqualTo("HYBRID");
		assertThat(result.route().roles()).containsExactly(MLE, DS);
		assertThat(result.route().steps()).isNotEmpty();
	}

	private QuizResultView result(String who, AnswerSheet sheet) {
		QuizResultView view = this.quizzes.result(this.quizzes.quiz(), sheet.answers(), false, Locale.ENGLISH);
		System.out.printf("Route | %s | %s | %s%n", who, view.result().verdict(), first(view));
		return view;
	}

	private static List<String> first(QuizResultView result) {
		return result.route().first().stream().map(RouteView.StepView::title).toList();
	}

	private static List<String> titles(QuizResultView result) {
		return result.route().steps().stream().map(RouteView.StepView::title).toList();
	}

	private String title(Route.Step step) {
		return (step.family() != null) ? step.family().name().en() : step.skill().name().en();
	}

	private Set<Long> ids(String... names) {
		return Set.copyOf(this.learning.catalog()
			.skills()
			.stream()
			.filter((s) -> List.of(names).contains(s.name().en()))
			.map(Skill::id)
			.toList());
	}

	private AnswerSheet answers() {
		return new AnswerSheet(this.quizzes);
	}

	/** Every statement "neutral" (3) unless a trait says otherwise. */
	static final class AnswerSheet {

		private final QuizService quizzes;

		private final Map<String, String> values = new LinkedHashMap<>();

		AnswerSheet(QuizService quizzes) {
			this.quizzes = quizzes;
			quizzes.quiz().statements().forEach((q) -> this.values.put(q.code(), "3"));
		}

		AnswerSheet put(String code, int answer) {
			assertThat(this.values).containsKey(code);
			this.values.put(code, Integer.toString(answer));
			return this;
		}

		AnswerSheet background(String code) {
			this.values.put("background", code);
			return this;
		}

		Answers answers() {
			return new Answers(this.quizzes.quiz().version(), Map.copyOf(this.values));
		}

	}

}
