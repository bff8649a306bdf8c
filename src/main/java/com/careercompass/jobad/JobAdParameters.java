package com.careercompass.jobad;

import java.util.Set;

import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The job-ad pages understand the result's version and terms, and the reader's ticks. */
@Configuration(proxyBeanMethods = false)
class JobAdParameters {

	@Bean
	PageParameters jobAdPageParameters() {
		return PageParameters.of(JobAdService.FORM_PATH + "/**",
				Set.of(JobAdService.V, JobAdService.TERMS, JobAdService.SKILLS_VERSION, JobAdService.HAVE));
	}

	@Bean
	PageParameters cvPageParameters() {
		return PageParameters.of(JobAdService.CV_RESULT_PATH, Set.of(JobAdService.V, JobAdService.TERMS));
	}

}
