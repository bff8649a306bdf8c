package com.careercompass.quiz;

import java.util.List;

/**
 * Answers that cannot be scored: another quiz version, or answers missing, unknown or out
 * of range.
 */
public class InvalidAnswersException extends RuntimeException {

	private final boolean oldVersion;

	private final List<String> questions;

	InvalidAnswersException(boolean oldVersion, List<String> questions) {
		super(oldVersion ? "Answers are for another version of the quiz"
				: "Missing, unknown or out-of-range answers: " + String.join(", ", questions));
		this.oldVersion = oldVersion;
		this.questions = List.copyOf(questions);
	}

	/** Whether the answers are for another version of the quiz. */
	public boolean oldVersion() {
		return this.oldVersion;
	}

	/** The question codes whose answer is missing, unknown or out of range. */
	public List<String> questions() {
		return this.questions;
	}

}
