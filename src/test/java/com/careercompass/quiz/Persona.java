package com.careercompass.quiz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.careercompass.quiz.QuizResult.Verdict;

/**
 * A person described by traits, answering the quiz as that person would: every answer is
 * set from a trait (the comment beside it), never from the weights.
 */
final class Persona {

	final String name;

	final Map<String, String> answers = new LinkedHashMap<>();

	Set<Verdict> verdicts = Set.of();

	String lean;

	String neighbour;

	/** The strengths the design allows for a lean (any when empty). */
	Set<QuizResult.Strength> strengths = Set.of();

	/** The traits that define this person, which the result's reasons must name. */
	java.util.List<String> because = java.util.List.of();

	private Persona(String name, String background) {
		this.name = name;
		this.answers.put("background", background);
	}

	static Persona of(String name, String background) {
		return new Persona(name, background);
	}

	Persona answer(String code, int value) {
		this.answers.put(code, String.valueOf(value));
		return this;
	}

	/** What the design says this person should get (docs/quiz.md, personas). */
	Persona expect(Verdict verdict, String lean) {
		this.verdicts = Set.of(verdict);
		this.lean = lean;
		return this;
	}

	/**
	 * The statements the person's defining traits answer (from the description, never
	 * from the weights): the result must give them as reasons.
	 */
	Persona because(String... codes) {
		this.because = java.util.List.of(codes);
		return this;
	}

	Persona expectOneOf(Verdict... verdicts) {
		this.verdicts = Set.of(verdicts);
		return this;
	}

	/**
	 * How clearly the person should lean: the strengths a careful adviser would accept.
	 */
	Persona strength(QuizResult.Strength... strengths) {
		this.strengths = Set.of(strengths);
		return this;
	}

	Persona expectNeighbour(String slug) {
		this.neighbour = slug;
		return this;
	}

	Answers answers(int version) {
		return new Answers(version, Map.copyOf(this.answers));
	}

	@Override
	public String toString() {
		return this.name;
	}

}
