package com.careercompass.quiz;

import java.util.List;
import java.util.Optional;

/**
 * The quiz as stored: its version and its questions in order.
 *
 * @param version the version result links carry
 * @param questions the questions
 * @param scoredRoles the roles a verdict can name: those the articles document fully, in
 * catalog order
 * @param neighbourRoles roles the articles only mention, suggested beside the verdict
 * when specific answers point to them
 */
public record Quiz(int version, List<Question> questions, List<String> scoredRoles, List<String> neighbourRoles) {

	/**
	 * The previous version, whose statements this one keeps (with the same codes and
	 * meaning): its links are carried over, new statements counting as "not sure".
	 */
	public int previousVersion() {
		return this.version - 1;
	}

	public List<Question> statements() {
		return this.questions.stream().filter(Question::likert).toList();
	}

	public Optional<Question> question(String code) {
		return this.questions.stream().filter((q) -> q.code().equals(code)).findFirst();
	}

}
