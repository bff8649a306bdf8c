package com.careercompass.quiz;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The quiz of a web slice: {@link TestQuizzes#of} for the roles of the small test catalog
 * (builder, analyst, partial), in place of the one read from the database; ready before
 * the context starts, as the quiz's parameters are read from it then.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SmallQuiz {

	@Bean
	QuizService quizService() {
		QuizService quizzes = mock(QuizService.class);
		given(quizzes.quiz()).willReturn(TestQuizzes.of("builder", "analyst", "partial"));
		return quizzes;
	}

}
