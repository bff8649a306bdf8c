package com.careercompass.plan;

import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The plan understands the quiz's answers, the skills check's ticks, a role and a
 * country.
 */
@Configuration(proxyBeanMethods = false)
class PlanParameters {

	@Bean
	PageParameters planPageParameters(PlanService plans) {
		return PageParameters.of("/plan", plans.parameterNames());
	}

}
