package com.careercompass.learning;

import java.util.Set;

import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A skill's page understands the role it is read for and the way back. */
@Configuration(proxyBeanMethods = false)
class LearnParameters {

	@Bean
	PageParameters learnPageParameters() {
		return PageParameters.of("/learn/*", Set.of("role", "back"));
	}

}
