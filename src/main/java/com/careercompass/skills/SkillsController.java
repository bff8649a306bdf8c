package com.careercompass.skills;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.careercompass.system.web.CachedPage;
import com.careercompass.system.web.ReadsQuery;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@ReadsQuery(formats = SkillsCheckService.class)
class SkillsController {

	private final SkillsCheckService checks;

	SkillsController(SkillsCheckService checks) {
		this.checks = checks;
	}

	/**
	 * The form. Without {@code v} it is shown, ticked as the address says; with {@code v}
	 * it is a submission, which goes to the result's compact address when every value can
	 * be read, and otherwise comes back (400) with what could be read still ticked.
	 */
	@CachedPage
	@GetMapping(SkillsCheckService.FORM_PATH)
	String form(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		if (tooLong(request)) {
			return invalid(InvalidSkillsLinkException.Reason.TOO_LONG, Map.of(), response, model);
		}
		Map<String, String[]> params = request.getParameterMap();
		SkillsLink.Reading reading = this.checks.read(params);
		boolean submitted = params.containsKey(SkillsLink.VERSION);
		QuizCarry quiz = QuizCarry.of(params.get(QuizCarry.PARAM));
		if (submitted && reading.dropped() == 0) {
			String result = SkillsCheckService.resultPath(reading.ticks(), reading.first());
			return "redirect:" + ((quiz != null) ? quiz.carriedBy(result) : result);
		}
		model.addAttribute("quiz", quiz);
		if (submitted) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("form", SkillsForm.of(this.checks.catalog(), reading, locale));
		return "skills/form";
	}

	@CachedPage
	@GetMapping(SkillsCheckService.RESULT_PATH)
	String result(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		Map<String, String[]> params = request.getParameterMap();
		SkillsCheckResult result;
		try {
			result = this.checks.check(params, request.getQueryString());
		}
		catch (InvalidSkillsLinkException ex) {
			return invalid(ex.reason(), params, response, model);
		}
		SkillsResultView view = this.checks.view(result, locale);
		model.addAttribute("result", view);
		model.addAttribute("quiz", QuizCarry.of(params.get(QuizCarry.PARAM)));
		model.addAttribute("canonical", view.sharePath());
		return "skills/result";
	}

	private static boolean tooLong(HttpServletRequest request) {
		return request.getQueryString() != null && request.getQueryString().length() > SkillsLink.MAX_QUERY;
	}

	/**
	 * The 400 page, with a link to start again that keeps whatever ticks of the link can
	 * still be read.
	 */
	private String invalid(InvalidSkillsLinkException.Reason reason, Map<String, String[]> params,
			HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		SkillsLink.Reading kept = this.checks.read(params);
		model.addAttribute("reason", reason.name());
		model.addAttribute("startAgain", SkillsCheckService.formPath(kept.ticks(), kept.first()));
		model.addAttribute("kept", kept.ticks().have().size());
		return "skills/invalid";
	}

}
