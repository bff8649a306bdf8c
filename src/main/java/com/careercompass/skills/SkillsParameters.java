package com.careercompass.skills;

import java.util.Set;

import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The skills check's form and result understand its version, ticks and first role. */
@Configuration(proxyBeanMethods = false)
class SkillsParameters {

	@Bean
	PageParameters skillsPageParameters() {
		return PageParameters.of(SkillsCheckService.FORM_PATH + "/**", Set.of(SkillsLink.VERSION, SkillsLink.HAVE,
				SkillsLink.WORK, SkillsLink.FIRST, SkillsLink.FOCUS, QuizCarry.PARAM));
	}

}
