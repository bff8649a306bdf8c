package com.careercompass.quiz;

import java.util.HashSet;
import java.util.Set;

import com.careercompass.system.web.PageParameters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The quiz's form and result pages understand the version and one answer per question.
 */
@Configuration(proxyBeanMethods = false)
class QuizParameters {

	@Bean
	PageParameters quizPageParameters(QuizService quizzes) {
		Set<String> names = new HashSet<>();
		names.add(AnswerReader.VERSION);
		quizzes.quiz().questions().forEach((question) -> names.add(question.code()));
		return PageParameters.of("/quiz/**", names);
	}

}
