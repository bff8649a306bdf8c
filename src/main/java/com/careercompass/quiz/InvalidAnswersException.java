package com.careercompass.quiz;

import java.util.List;

/**
 * Answers that cannot be scored: another quiz version, or answers missing, unknown or out
 * of range.
 */
public class InvalidAnswersException extends RuntimeException {

	private final boolean oldVersion;

	private final List<String> questions;

	private final int unknownKeys;

	/**
	 * @param oldVersion whether the answers are for another version
	 * @param questions the quiz's own question codes left without a valid answer
	 * @param unknownKeys how many keys name no question (never repeated back: they are
	 * the client's text)
	 */
	InvalidAnswersException(boolean oldVersion, List<String> questions, int unknownKeys) {
		super(oldVersion ? "Answers are for another version of the quiz" : "Missing or out-of-range answers: "
				+ String.join(", ", questions) + "; unknown keys: " + unknownKeys);
		this.oldVersion = oldVersion;
		this.questions = List.copyOf(questions);
		this.unknownKeys = unknownKeys;
	}

	/** Whether the answers are for another version of the quiz. */
	public boolean oldVersion() {
		return this.oldVersion;
	}

	/** The question codes whose answer is missing or out of range. */
	public List<String> questions() {
		return this.questions;
	}

	/** How many keys of the answers name no question. */
	public int unknownKeys() {
		return this.unknownKeys;
	}

}
