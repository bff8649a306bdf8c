package com.careercompass.api;

import com.careercompass.plan.PlanService;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.HandlerParameters;
import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query parameters the API reads, by address: derived from its controllers'
 * {@code @RequestParam}s (no set spelled a second time), but for the plan, which reads
 * the quiz's answers and the skills check's ticks as its page does (the names come from
 * its service). Any other parameter is ignored, as on the pages.
 */
@Configuration(proxyBeanMethods = false)
class ApiParameters {

	@Bean
	HandlerParameters apiHandlerParameters() {
		return HandlerParameters.of(CatalogApiController.class, CompareApiController.class, QuizApiController.class,
				SkillsCheckApiController.class, PlanApiController.class, LearningApiController.class);
	}

	/** The plan's parameters, as on its page. */
	@Bean
	PageParameters planApiParameters(PlanService plans) {
		return PageParameters.of(ApiPaths.V1 + "/plan", plans.parameterNames());
	}

}
