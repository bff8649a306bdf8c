package com.careercompass.compare;

import java.util.Set;

import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The picker's two roles are its only parameters. */
@Configuration(proxyBeanMethods = false)
class CompareParameters {

	static final Set<String> NAMES = Set.of("a", "b");

	@Bean
	PageParameters comparePageParameters() {
		return PageParameters.of("/compare", NAMES);
	}

}
