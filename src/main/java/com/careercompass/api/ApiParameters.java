package com.careercompass.api;

import java.util.Set;

import com.careercompass.plan.PlanService;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The query parameters the API reads, by address (kept apart from {@link ApiConfig}, a
 * web configurer that every web slice loads; the plan's names come from its service).
 */
@Configuration(proxyBeanMethods = false)
class ApiParameters {

	/** The API's query parameters; any other is ignored, as on the pages. */
	@Bean
	PageParameters apiPageParameters() {
		return PageParameters.of(ApiPaths.PATTERN, Set.of("role", "country", "currency", "a", "b"));
	}

	/** The plan's parameters, as on its page. */
	@Bean
	PageParameters planApiParameters(PlanService plans) {
		return PageParameters.of(ApiPaths.V1 + "/plan", plans.parameterNames());
	}

	/** The skills check's parameters, as on its result page. */
	@Bean
	PageParameters skillsCheckApiParameters() {
		return PageParameters.of(ApiPaths.V1 + "/skills-check", Set.of("v", "have", "work", "first"));
	}

}
