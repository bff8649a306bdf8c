package com.careercompass.quiz;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.careercompass.system.web.CachedPage;
import com.careercompass.system.web.ReadsQuery;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@ReadsQuery(formats = QuizService.class)
class QuizController {

	private final QuizService quizzes;

	QuizController(QuizService quizzes) {
		this.quizzes = quizzes;
	}

	/**
	 * The questions. Without {@code v} the form is shown, filled with any answers in the
	 * address; with {@code v} it is a submission: complete, it goes to the result;
	 * incomplete, the form comes back with the gaps marked.
	 */
	@CachedPage
	@GetMapping("/quiz")
	String form(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		Quiz quiz = this.quizzes.quiz();
		if (tooLong(request)) {
			return invalid(AnswerReader.Problem.DAMAGED, response, model);
		}
		AnswerReader.Submission submission = AnswerReader.fromForm(quiz, request.getParameterMap());
		boolean submitted = request.getParameterMap().containsKey(AnswerReader.VERSION);
		if (submitted && submission.complete()) {
			return "redirect:" + submission.answers(quiz).resultPath(quiz);
		}
		if (submitted) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("form",
				QuizForm.of(quiz, submission.valid(), submitted ? submission.missing() : List.of(), locale));
		return "quiz/form";
	}

	@CachedPage
	@GetMapping("/quiz/result")
	String result(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		Quiz quiz = this.quizzes.quiz();
		Map<String, String[]> params = request.getParameterMap();
		Optional<Answers> carried = AnswerReader.carried(quiz, params);
		Optional<AnswerReader.Problem> problem = carried.isPresent() ? Optional.empty()
				: AnswerReader.problem(quiz, params, request.getQueryString());
		if (problem.isPresent()) {
			return invalid(problem.get(), response, model);
		}
		Answers answers = carried.orElseGet(() -> AnswerReader.fromForm(quiz, params).answers(quiz));
		QuizResultView view = this.quizzes.result(quiz, answers, carried.isPresent(), locale);
		model.addAttribute("result", view);
		model.addAttribute("canonical", view.sharePath());
		return "quiz/result";
	}

	private static boolean tooLong(HttpServletRequest request) {
		return request.getQueryString() != null && request.getQueryString().length() > AnswerReader.MAX_QUERY;
	}

	private static String invalid(AnswerReader.Problem problem, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("oldVersion", problem == AnswerReader.Problem.OLD_VERSION);
		return "quiz/invalid";
	}

}
