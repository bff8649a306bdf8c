package com.careercompass.quiz;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A complete set of answers to one version of the quiz.
 *
 * @param version the quiz version they answer
 * @param values each question's answer by question code: 1 to 5 for a statement, an
 * option code for a choice
 */
public record Answers(int version, Map<String, String> values) {

	public int agreement(String code) {
		return Integer.parseInt(this.values.get(code));
	}

	/** The shareable result address for these answers, questions in quiz order. */
	public String resultPath(Quiz quiz) {
		return path(quiz, UriComponentsBuilder.fromPath("/quiz/result").queryParam("v", this.version));
	}

	/** The form, filled with these answers, for changing some of them. */
	public String formPath(Quiz quiz) {
		return path(quiz, UriComponentsBuilder.fromPath("/quiz"));
	}

	private String path(Quiz quiz, UriComponentsBuilder builder) {
		quiz.questions().forEach((q) -> builder.queryParam(q.code(), this.values.get(q.code())));
		return builder.encode().build().toUriString();
	}

}
