package com.careercompass.quiz;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The questions as the form shows them, with any answers already given and the missing
 * ones marked.
 *
 * @param version the quiz version, sent back with the answers
 * @param questions the questions
 * @param missing how many questions are marked as missing
 */
record QuizForm(int version, List<Item> questions, int missing) {

	static QuizForm of(Quiz quiz, Map<String, String> given, Collection<String> missing, Locale locale) {
		List<Item> items = quiz.questions()
			.stream()
			.map((q) -> new Item(q.code(), q.text().in(locale), q.likert(),
					q.options().stream().map((o) -> new Choice(o.code(), o.label().in(locale))).toList(),
					given.get(q.code()), missing.contains(q.code()), (q.term() != null) ? q.term().in(locale) : null,
					(q.explanation() != null) ? q.explanation().in(locale) : null))
			.toList();
		return new QuizForm(quiz.version(), items, missing.size());
	}

	/**
	 * One question.
	 *
	 * @param code its field name
	 * @param text the statement or question
	 * @param likert whether it is on the agreement scale
	 * @param choices its options, for a single-choice question
	 * @param value the answer given so far, if any
	 * @param missing whether it must still be answered
	 * @param term a technical term in the statement, as the heading of its explanation
	 * @param explanation what the term means
	 */
	record Item(String code, String text, boolean likert, List<Choice> choices, @Nullable String value, boolean missing,
			@Nullable String term, @Nullable String explanation) {

		/** The five points of the agreement scale, as option values. */
		public List<String> scale() {
			return List.of("1", "2", "3", "4", "5");
		}

		/** The value of "Not sure", which counts as no information. */
		public String notSure() {
			return String.valueOf(Question.NOT_SURE);
		}

	}

	/**
	 * An option.
	 *
	 * @param code its value
	 * @param label its label
	 */
	record Choice(String code, String label) {
	}

}
