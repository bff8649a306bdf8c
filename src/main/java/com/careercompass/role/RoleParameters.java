package com.careercompass.role;

import java.util.Set;

import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A profile understands the way back to the result that linked to it ({@link BackLink}).
 */
@Configuration(proxyBeanMethods = false)
class RoleParameters {

	@Bean
	PageParameters rolePageParameters() {
		return PageParameters.of("/roles/*", Set.of("back"));
	}

}
