package com.careercompass.quiz;

import java.util.List;
import java.util.Optional;

/**
 * The quiz as stored: its version and its questions in order.
 *
 * @param version the version result links carry
 * @param questions the questions
 * @param scoredRoles slugs of the roles the quiz scores, in catalog order
 */
public record Quiz(int version, List<Question> questions, List<String> scoredRoles) {

	public List<Question> statements() {
		return this.questions.stream().filter(Question::likert).toList();
	}

	public Optional<Question> question(String code) {
		return this.questions.stream().filter((q) -> q.code().equals(code)).findFirst();
	}

}
