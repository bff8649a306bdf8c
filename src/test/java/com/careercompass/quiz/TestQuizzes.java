package com.careercompass.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.LocalizedText;

/** Small hand-built quizzes for tests that need no database. */
final class TestQuizzes {

	private TestQuizzes() {
	}

	/**
	 * Eight statements on a 1–5 scale: three for building (role a), three for analysing
	 * (role b), two on depth (the partial role n), one point each.
	 */
	static Quiz small() {
		List<Question> questions = new ArrayList<>();
		for (String code : new String[] { "a1", "a2", "a3" }) {
			questions.add(statement(code, Question.Axis.BUILD, Map.of("a", 1)));
		}
		for (String code : new String[] { "b1", "b2", "b3" }) {
			questions.add(statement(code, Question.Axis.ANALYSE, Map.of("b", 1)));
		}
		for (String code : new String[] { "d1", "d2" }) {
			questions.add(statement(code, Question.Axis.DEPTH, Map.of("n", 1)));
		}
		return new Quiz(1, questions, List.of("a", "b"), List.of("n"));
	}

	/** A statement whose text, in both languages, is its code. */
	static Question statement(String code, Question.Axis axis, Map<String, Integer> weights) {
		LocalizedText text = new LocalizedText(code, code);
		return new Question(code, Question.Kind.LIKERT, text, List.of(), weights, axis, null, null, text, List.of(),
				Set.of());
	}

}
