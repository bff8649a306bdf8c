package com.careercompass.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.careercompass.career.Citation;
import com.careercompass.quiz.Answers;
import com.careercompass.quiz.Question;
import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizResult;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.quiz.QuizService;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.BaseUrl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiPaths.V1 + "/quiz", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Quiz",
		description = "The quiz's questions, and the result for a set of answers (the same as the result page)")
class QuizApiController {

	private final QuizService quizzes;

	private final MessageSource messages;

	private final BaseUrl baseUrl;

	QuizApiController(QuizService quizzes, MessageSource messages, BaseUrl baseUrl) {
		this.quizzes = quizzes;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	@Operation(summary = "The questions and their options",
			description = "Statements are answered 1 (strongly disagree) to 5 (strongly agree); choice questions with an option code.")
	ResponseEntity<QuizJson> quiz(@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		Quiz quiz = this.quizzes.quiz();
		List<Option> scale = IntStream.rangeClosed(Question.NOT_SURE, Question.MAX)
			.mapToObj((v) -> new Option(String.valueOf(v), this.messages.getMessage("quiz.scale." + v, null, locale)))
			.toList();
		return CatalogApiController.ok(new QuizJson(quiz.version(), scale, quiz.questions()
			.stream()
			.map((q) -> new QuestionJson(q.code(), q.kind().name(), q.text().in(locale),
					(q.axis() != null) ? q.axis().name() : null, (q.term() != null) ? q.term().in(locale) : null,
					(q.explanation() != null) ? q.explanation().in(locale) : null,
					q.options().stream().map((o) -> new Option(o.code(), o.label().in(locale))).toList()))
			.toList()));
	}

	@PostMapping(path = "/results", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Score a set of answers",
			description = "Returns the result the result page shows for the same answers, with its shareable address.")
	ResponseEntity<ResultJson> result(@Valid @RequestBody AnswersJson body, @RequestParam(required = false) String lang,
			Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		Quiz quiz = this.quizzes.quiz();
		Answers answers = this.quizzes.answers(quiz, body.version(), body.answers());
		QuizResultView view = this.quizzes.result(quiz, answers, false, locale);
		String page = this.baseUrl.get() + answers.resultPath(quiz);
		String headline = (view.lean() != null)
				? this.messages.getMessage(view.headingKey(), new Object[] { view.lean().ofName() }, locale)
				: this.messages.getMessage(view.headingKey(), null, locale);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(ResultJson.of(quiz.version(), view, headline, page, this.baseUrl.get()));
	}

	@Schema(description = "The quiz")
	record QuizJson(@Schema(example = "2") int version, @Schema(
			description = "answers to statements: 1 (strongly disagree) to 5 (strongly agree), 0 = not sure") List<Option> scale,
			List<QuestionJson> questions) {
	}

	record QuestionJson(@Schema(example = "production") String code, @Schema(allowableValues = {
			"LIKERT", "CHOICE" }) String kind, String text,
			@Schema(allowableValues = { "BUILD", "ANALYSE", "DEPTH" }) @Nullable String axis, @Nullable String term,
			@Nullable String explanation, List<Option> options){
	}

	record Option(String code, String label) {
	}

	@Schema(description = "Answers to every question of one quiz version")
	record AnswersJson(@Schema(example = "2") @NotNull Integer version, @Schema(
			example = "{\"production\":\"5\",\"statistics\":\"2\",\"deeplearning\":\"4\",\"present\":\"2\",\"software\":\"4\",\"dataset\":\"2\",\"performance\":\"5\",\"business\":\"2\",\"platform\":\"5\",\"gpu\":\"3\",\"sql\":\"2\",\"languages\":\"4\",\"realtime\":\"4\",\"mlfocus\":\"4\",\"background\":\"software\"}") @NotNull Map<String, String> answers) {
	}

	@Schema(description = "A quiz result, the same as the result page's")
	record ResultJson(int version, @Schema(allowableValues = {
			"LEAN", "HYBRID", "NO_LEAN", "FLAT", "LOW_INTEREST", "TOO_FEW" }) String verdict,
			@Schema(description = "the role the answers lean towards (verdict LEAN only)") @Nullable String lean,
			@Schema(allowableValues = { "NONE", "SLIGHT", "MODERATE", "CLEAR" }) String strength,
			@Schema(description = "the result's heading") String headline,
			@Schema(description = "agreement with each scored role's statements, 0 to 100 (50 = neutral); "
					+ "not a probability") Map<String, Integer> affinity,
			@Schema(description = "agreement with each axis's statements, 0 to 100") Map<String, Integer> axes,
			List<ReasonJson> reasons, List<ReasonJson> against, List<String> neighbours,
			@Schema(description = "what to learn next, in stages") RouteJson nextSteps,
			@Schema(description = "the shareable result page") String resultPage){

		static ResultJson of(int version, QuizResultView view, String headline, String page, String base) {
			QuizResult result = view.result();
			Map<String, Integer> affinity = new LinkedHashMap<>();
			result.affinity().forEach((role, value) -> affinity.put(role, percent(value)));
			Map<String, Integer> axes = new LinkedHashMap<>();
			result.axes().forEach((axis, value) -> axes.put(axis.name(), percent(value)));
			return new ResultJson(version, result.verdict().name(), result.lean(), result.strength().name(), headline,
					affinity, axes, reasons(view.reasons()), reasons(view.against()),
					view.neighbours().stream().map(QuizResultView.RoleView::slug).toList(),
					RouteJson.of(view.route(), base), page);
		}

		private static int percent(double agreement) {
			return (int) Math.round((agreement + 1) * 50);
		}

		private static List<ReasonJson> reasons(List<QuizResultView.ReasonView> reasons) {
			return reasons.stream()
				.map((r) -> new ReasonJson(r.code(), r.statement(), r.answer(), r.towards().slug(), r.basis(),
						r.citations().stream().map(Citation::id).toList()))
				.toList();
		}

	}

	record ReasonJson(String question, String statement, int answer, String towards, String fact,
			List<String> sources) {
	}

}
