package com.careercompass.quiz;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.careercompass.learning.Enjoyment;
import com.careercompass.learning.Known;

/**
 * What a quiz tells the learning route: what the background usually brings (the data's
 * mapping, stated on the page), and the statements agreed with (4 or 5), which may choose
 * among specialisms or break ties but never make a step of enjoyment alone.
 */
public final class QuizRoute {

	private QuizRoute() {
	}

	/**
	 * What the chosen background brings.
	 * @param quiz the quiz
	 * @param answers the answers
	 * @return what is known of the person
	 */
	public static Known known(Quiz quiz, Answers answers) {
		return quiz.questions()
			.stream()
			.filter((q) -> !q.likert())
			.flatMap((q) -> q.options().stream().filter((o) -> o.code().equals(answers.values().get(q.code()))))
			.findFirst()
			.map((o) -> new Known(java.util.Set.of(), o.brings(), o.bringsLanguage(), o.label()))
			.orElse(Known.NOTHING);
	}

	/**
	 * For each skill behind a statement agreed with, the statement (the strongest
	 * agreement first, then the quiz's order).
	 * @param quiz the quiz
	 * @param answers the answers
	 * @return the statements, by skill
	 */
	public static Map<Long, Enjoyment> enjoyed(Quiz quiz, Answers answers) {
		Map<Long, Enjoyment> enjoyed = new HashMap<>();
		List<Question> agreed = quiz.statements()
			.stream()
			.filter((q) -> answers.agreement(q.code()) >= 4)
			.sorted(Comparator.comparing((Question q) -> -answers.agreement(q.code())))
			.toList();
		for (Question q : agreed) {
			q.shows().forEach((id) -> enjoyed.putIfAbsent(id, new Enjoyment(q.text(), answers.agreement(q.code()))));
		}
		return Map.copyOf(enjoyed);
	}

}
