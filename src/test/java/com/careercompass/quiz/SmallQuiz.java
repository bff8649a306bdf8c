package com.careercompass.quiz;

import com.careercompass.career.CatalogService;
import com.careercompass.learning.LearningService;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The quiz of a web slice: the real {@link QuizService}, scoring {@link TestQuizzes#of}
 * for the roles of the small test catalog (builder, analyst, partial) in place of the
 * quiz read from the database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SmallQuiz {

	@Bean
	QuizService quizService(CatalogService catalogs, LearningService learning) {
		return new QuizService(TestQuizzes.of("builder", "analyst", "partial"), catalogs, learning);
	}

}
