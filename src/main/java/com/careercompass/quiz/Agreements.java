package com.careercompass.quiz;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of the quiz's model (docs/quiz.md): each answer becomes an agreement
 * from -1 to 1 ("not sure" is no information); a role's affinity is the weighted mean
 * agreement over the statements that point to or away from it; an axis is the plain mean
 * of its statements.
 */
final class Agreements {

	private Agreements() {
	}

	/**
	 * Each answered statement's agreement: 1 → -1, 3 → 0, 5 → 1; "not sure" is left out.
	 */
	static Map<String, Double> of(Quiz quiz, Answers answers) {
		Map<String, Double> agreement = new LinkedHashMap<>();
		for (Question q : quiz.statements()) {
			int answer = answers.agreement(q.code());
			if (answer != Question.NOT_SURE) {
				agreement.put(q.code(), (answer - 3) / 2.0);
			}
		}
		return agreement;
	}

	/**
	 * The weighted mean agreement over the statements that point to or away from a role,
	 * or null when fewer than {@code minimum} of them were answered. A supporting
	 * statement (weighing less than the role's main ones) counts only when the answer
	 * takes a side: a neutral answer to it says nothing about the role, and counting it
	 * would dilute one role's affinity and not the other's (mirrored answers).
	 */
	@Nullable static Double affinity(Quiz quiz, Map<String, Double> agreement, String role, int minimum) {
		int main = mainWeight(quiz, role);
		double sum = 0;
		double weights = 0;
		int answered = 0;
		for (Question q : quiz.statements()) {
			Integer weight = q.weights().get(role);
			Double value = agreement.get(q.code());
			boolean silent = value != null && value == 0 && weight != null && Math.abs(weight) < main;
			if (weight != null && weight != 0 && value != null && !silent) {
				sum += weight * value;
				weights += Math.abs(weight);
				answered++;
			}
		}
		return (answered >= minimum) ? sum / weights : null;
	}

	/** The largest weight of a role's statements: its main statements carry it. */
	static int mainWeight(Quiz quiz, String role) {
		return quiz.statements().stream().mapToInt((q) -> Math.abs(q.weights().getOrDefault(role, 0))).max().orElse(0);
	}

	/**
	 * Whether the person strongly agreed with at least one of a role's main statements.
	 */
	static boolean stronglyAgreedWithMain(Quiz quiz, Map<String, Double> agreement, String role) {
		int main = mainWeight(quiz, role);
		return main > 0 && quiz.statements()
			.stream()
			.anyMatch((q) -> q.weights().getOrDefault(role, 0) == main && agreement.getOrDefault(q.code(), 0.0) == 1.0);
	}

	static Map<Question.Axis, Double> axes(Quiz quiz, Map<String, Double> agreement) {
		Map<Question.Axis, Double> axes = new EnumMap<>(Question.Axis.class);
		for (Question.Axis axis : Question.Axis.values()) {
			List<Double> values = quiz.statements()
				.stream()
				.filter((q) -> q.axis() == axis && agreement.containsKey(q.code()))
				.map((q) -> agreement.get(q.code()))
				.toList();
			if (!values.isEmpty()) {
				axes.put(axis, values.stream().mapToDouble(Double::doubleValue).average().orElse(0));
			}
		}
		return axes;
	}

	static double spread(Iterable<Double> values) {
		double sum = 0;
		double squares = 0;
		int n = 0;
		for (double value : values) {
			sum += value;
			squares += value * value;
			n++;
		}
		if (n == 0) {
			return 0;
		}
		double mean = sum / n;
		return Math.sqrt(Math.max(0, squares / n - mean * mean));
	}

	/** The affinities of some roles, leaving out those with too few answers. */
	static Map<String, Double> affinities(Quiz quiz, Map<String, Double> agreement, List<String> roles, int minimum) {
		Map<String, Double> affinities = new LinkedHashMap<>();
		for (String role : roles) {
			Double value = affinity(quiz, agreement, role, minimum);
			if (value != null) {
				affinities.put(role, value);
			}
		}
		return affinities;
	}

}
