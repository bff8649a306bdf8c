package com.careercompass.opendata;

import java.util.List;

import com.careercompass.system.web.CachedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OpenDataController {

	/**
	 * The API's endpoints, each with the message key of what it returns; a test checks
	 * them against the OpenAPI document's paths, both ways.
	 */
	static final List<Endpoint> ENDPOINTS = List.of(new Endpoint("GET /api/v1/roles", "roles"),
			new Endpoint("GET /api/v1/roles/{slug}", "role"), new Endpoint("GET /api/v1/skills?role=", "skills"),
			new Endpoint("GET /api/v1/skills/{code}/learn?role=", "learn"),
			new Endpoint("GET /api/v1/salaries?role=&country=&currency=", "salaries"),
			new Endpoint("GET /api/v1/pay-context", "payContext"), new Endpoint("GET /api/v1/outlook?role=", "outlook"),
			new Endpoint("GET /api/v1/use-cases", "useCases"), new Endpoint("GET /api/v1/sources", "sources"),
			new Endpoint("GET /api/v1/compare?a=&b=", "compare"), new Endpoint("GET /api/v1/quiz", "quiz"),
			new Endpoint("POST /api/v1/quiz/results", "results"),
			new Endpoint("GET /api/v1/skills-check?v=&have=&work=", "skillsCheck"),
			new Endpoint("GET /api/v1/plan?quiz=…&skills=…&role=&country=", "plan"),
			new Endpoint("POST /api/v1/job-ad", "jobAd"));

	@CachedPage
	@GetMapping("/open-data")
	String openData(Model model) {
		model.addAttribute("endpoints", ENDPOINTS);
		return "open-data";
	}

	/**
	 * One endpoint of the API.
	 *
	 * @param request method and path
	 * @param key suffix of the message key that says what it returns
	 */
	record Endpoint(String request, String key) {
	}

}
