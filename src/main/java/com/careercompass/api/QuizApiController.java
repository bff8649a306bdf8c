package com.careercompass.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.careercompass.quiz.Answers;
import com.careercompass.quiz.Question;
import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.quiz.QuizService;
import com.careercompass.system.BaseUrl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/quiz", produces = MediaType.APPLICATION_JSON_VALUE)
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
	ResponseEntity<QuizJson> quiz(@RequestParam(required = false) String lang, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(lang, request);
		Quiz quiz = this.quizzes.quiz();
		List<Option> scale = IntStream.rangeClosed(Question.MIN, Question.MAX)
			.mapToObj((v) -> new Option(String.valueOf(v), this.messages.getMessage("quiz.scale." + v, null, locale)))
			.toList();
		return CatalogApiController.ok(new QuizJson(quiz.version(), scale,
				quiz.questions()
					.stream()
					.map((q) -> new QuestionJson(q.code(), q.kind().name(), q.text().in(locale),
							q.options().stream().map((o) -> new Option(o.code(), o.label().in(locale))).toList()))
					.toList()));
	}

	@PostMapping(path = "/results", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Score a set of answers",
			description = "Returns the result the result page shows for the same answers, with its shareable address.")
	ResponseEntity<ResultJson> result(@Valid @RequestBody AnswersJson body, @RequestParam(required = false) String lang,
			HttpServletRequest request) {
		Locale locale = ApiLanguage.of(lang, request);
		Quiz quiz = this.quizzes.quiz();
		Answers answers = this.quizzes.answers(quiz, body.version(), body.answers());
		QuizResultView view = this.quizzes.result(quiz, answers, locale);
		String page = this.baseUrl.get() + answers.resultPath(quiz);
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(ResultJson.of(quiz.version(), view, page));
	}

	@Schema(description = "The quiz")
	record QuizJson(@Schema(example = "1") int version, List<Option> scale, List<QuestionJson> questions) {
	}

	record QuestionJson(@Schema(example = "present") String code, @Schema(allowableValues = {
			"LIKERT", "CHOICE" }) String kind, String text, List<Option> options){
	}

	record Option(String code, String label) {
	}

	@Schema(description = "Answers to every question of one quiz version")
	record AnswersJson(@Schema(example = "1") @NotNull Integer version, @Schema(
			example = "{\"present\":\"5\",\"production\":\"2\",\"statistics\":\"5\",\"software\":\"2\",\"dataset\":\"4\",\"performance\":\"1\",\"deeplearning\":\"3\",\"business\":\"5\",\"languages\":\"1\",\"sql\":\"4\",\"mlfocus\":\"3\",\"gpu\":\"1\",\"background\":\"stats\"}") @NotNull Map<String, String> answers) {
	}

	@Schema(description = "A quiz result: every role's match, the recommendation and why")
	record ResultJson(int version, @Nullable String recommended, @Nullable String runnerUp, boolean closeCall,
			boolean weakSignal, List<MatchJson> matches, List<ReasonJson> reasons, List<ReasonJson> whyLower,
			List<StepJson> nextSteps, @Schema(description = "the shareable result page") String resultPage) {

		static ResultJson of(int version, QuizResultView view, String page) {
			return new ResultJson(version, (view.recommended() != null) ? view.recommended().slug() : null,
					(view.runnerUp() != null) ? view.runnerUp().slug() : null, view.closeCall(), view.weakSignal(),
					view.matches().stream().map((m) -> new MatchJson(m.slug(), m.name(), m.percent())).toList(),
					reasons(view.reasons()), reasons(view.whyLower()),
					view.nextSteps().stream().map((s) -> new StepJson(s.name(), s.category().name())).toList(), page);
		}

		private static List<ReasonJson> reasons(List<QuizResultView.ReasonView> reasons) {
			return reasons.stream()
				.map((r) -> new ReasonJson(r.code(), r.statement(), r.answer(), r.points()))
				.toList();
		}

	}

	record MatchJson(String role, String name, int percent) {
	}

	record ReasonJson(String question, String statement, int answer, int points) {
	}

	record StepJson(String skill, String category) {
	}

}
