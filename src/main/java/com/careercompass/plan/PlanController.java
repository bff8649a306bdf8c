package com.careercompass.plan;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.careercompass.system.web.CachedPage;
import com.careercompass.system.web.ReadsQuery;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * My plan: {@code /plan}, from a quiz result's link, a skills-check result's, or both.
 */
@Controller
@ReadsQuery(formats = PlanService.class)
class PlanController {

	private final PlanService plans;

	PlanController(PlanService plans) {
		this.plans = plans;
	}

	@CachedPage
	@GetMapping("/plan")
	String plan(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
		try {
			Plan plan = this.plans.plan(request.getParameterMap(), locale);
			if (plan == null) {
				return "plan/start";
			}
			model.addAttribute("plan", plan);
			model.addAttribute("canonical", plan.path());
			return "plan/plan";
		}
		catch (InvalidPlanException ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "plan/invalid";
		}
	}

}
