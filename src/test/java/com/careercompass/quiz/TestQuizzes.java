package com.careercompass.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.LocalizedText;

/** Small hand-built quizzes for tests that need no database. */
public final class TestQuizzes {

	private TestQuizzes() {
	}

	/**
	 * Eight statements on a 1–5 scale: three for building (role a), three for analysing
	 * (role b), two on depth (the partial role n), one point each.
	 */
	static Quiz small() {
		return of("a", "b", "n");
	}

	/**
	 * The same eight statements for the roles of a catalog.
	 * @param builder the role that building points to (a1–a3)
	 * @param analyst the role that analysing points to (b1–b3)
	 * @param neighbour the partial role that depth points to (d1, d2)
	 * @return the quiz, version 1
	 */
	public static Quiz of(String builder, String analyst, String neighbour) {
		List<Question> questions = new ArrayList<>();
		for (String code : new String[] { "a1", "a2", "a3" }) {
			questions.add(statement(code, Question.Axis.BUILD, Map.of(builder, 1)));
		}
		for (String code : new String[] { "b1", "b2", "b3" }) {
			questions.add(statement(code, Question.Axis.ANALYSE, Map.of(analyst, 1)));
		}
		for (String code : new String[] { "d1", "d2" }) {
			questions.add(statement(code, Question.Axis.DEPTH, Map.of(neighbour, 1)));
		}
		return new Quiz(1, questions, List.of(builder, analyst), List.of(neighbour));
	}

	/** A statement whose text, in both languages, is its code. */
	static Question statement(String code, Question.Axis axis, Map<String, Integer> weights) {
		LocalizedText text = new LocalizedText(code, code);
		return new Question(code, Question.Kind.LIKERT, text, List.of(), weights, axis, null, null, text, List.of(),
				Set.of());
	}

}
