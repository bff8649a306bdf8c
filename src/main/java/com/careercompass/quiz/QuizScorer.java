package com.careercompass.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.careercompass.quiz.QuizResult.Reason;
import com.careercompass.quiz.QuizResult.Strength;
import com.careercompass.quiz.QuizResult.Verdict;

/**
 * The quiz's verdict (docs/quiz.md): compares the two scored roles' affinities
 * ({@link Agreements}), after checking that the answers say something at all, and gathers
 * the answers that explain it.
 */
final class QuizScorer {

	/** Fewer answered statements on a role's side than this: no verdict. */
	static final int MIN_ANSWERED = 3;

	/** Answers whose spread is below this (on the -1..1 scale) are flat. */
	static final double FLAT_SPREAD = 0.25;

	/**
	 * Below this on both sides, and on machine-learning depth: too little interest for a
	 * verdict.
	 */
	static final double MIN_INTEREST = 0.25;

	/** Differences below this are no lean. */
	static final double NO_LEAN_BAND = 0.3;

	/**
	 * Both affinities at least this, and a difference short of {@link #MODERATE}: a
	 * hybrid profile (strong on both sides), not a slight lean.
	 */
	static final double HYBRID_INTEREST = 0.3;

	static final double MODERATE = 0.55;

	static final double CLEAR = 0.9;

	/** A neighbouring role is suggested from this affinity on. */
	static final double NEIGHBOUR = 0.6;

	static final int MAX_REASONS = 5;

	/** Reasons shown per role when the answers do not lean. */
	private static final int PER_SIDE = 3;

	private QuizScorer() {
	}

	static QuizResult score(Quiz quiz, Answers answers) {
		Map<String, Double> agreement = Agreements.of(quiz, answers);
		Map<String, Double> affinity = Agreements.affinities(quiz, agreement, quiz.scoredRoles(), MIN_ANSWERED);
		Map<Question.Axis, Double> axes = Agreements.axes(quiz, agreement);
		List<String> neighbours = Agreements.affinities(quiz, agreement, quiz.neighbourRoles(), 2)
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= NEIGHBOUR)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
		String a = quiz.scoredRoles().get(0);
		String b = quiz.scoredRoles().get(1);
		// Answers that say nothing point to no neighbour either.
		if (affinity.size() < 2) {
			return new QuizResult(Verdict.TOO_FEW, null, Strength.NONE, affinity, axes, List.of(), List.of(),
					List.of());
		}
		// both roles are in it: an affinity is computed for each scored role or for none
		double affinityA = affinity.getOrDefault(a, 0.0);
		double affinityB = affinity.getOrDefault(b, 0.0);
		double difference = affinityA - affinityB;
		// (Nearly) the same answer everywhere says nothing, unless its small differences
		// all go one way: a mild but consistent lean is still a lean.
		if (Agreements.spread(agreement.values()) < FLAT_SPREAD && Math.abs(difference) < NO_LEAN_BAND) {
			return new QuizResult(Verdict.FLAT, null, Strength.NONE, affinity, axes, List.of(), List.of(), List.of());
		}
		double depth = axes.getOrDefault(Question.Axis.DEPTH, -1.0);
		// Strong agreement with a main statement of a role is interest in it, however the
		// other answers average out (never "without interest"); on both sides,
		// it is a hybrid unless the answers lean.
		boolean strongOnA = Agreements.stronglyAgreedWithMain(quiz, agreement, a);
		boolean strongOnB = Agreements.stronglyAgreedWithMain(quiz, agreement, b);
		boolean strongOnBoth = strongOnA && strongOnB;
		if (!strongOnA && !strongOnB && Math.max(Math.max(affinityA, affinityB), depth) < MIN_INTEREST) {
			return new QuizResult(Verdict.LOW_INTEREST, null, Strength.NONE, affinity, axes, List.of(), List.of(),
					neighbours);
		}
		boolean bothStrong = strongOnBoth || Math.min(affinityA, affinityB) >= HYBRID_INTEREST;
		if (Math.abs(difference) < NO_LEAN_BAND || (bothStrong && Math.abs(difference) < MODERATE)) {
			Verdict verdict = bothStrong ? Verdict.HYBRID : Verdict.NO_LEAN;
			return new QuizResult(verdict, null, Strength.NONE, affinity, axes,
					eachSide(reasons(quiz, answers, agreement, a, b, true),
							reasons(quiz, answers, agreement, b, a, true)),
					List.of(), neighbours);
		}
		String lean = (difference > 0) ? a : b;
		String other = (difference > 0) ? b : a;
		List<Reason> reasons = reasons(quiz, answers, agreement, lean, other, false);
		List<Reason> against = reasons(quiz, answers, agreement, other, lean, false);
		Strength strength = strength(Math.abs(difference), reasons.size(), against.size());
		return new QuizResult(Verdict.LEAN, lean, strength, affinity, axes, limit(reasons), limit(against), neighbours);
	}

	/**
	 * Without a lean, the agreements on each side, strongest first, at most
	 * {@link #PER_SIDE} per role: a hybrid's reasons always show both sides.
	 */
	private static List<Reason> eachSide(List<Reason> first, List<Reason> second) {
		List<Reason> both = new ArrayList<>(first.subList(0, Math.min(PER_SIDE, first.size())));
		both.addAll(second.subList(0, Math.min(PER_SIDE, second.size())));
		return List.copyOf(both);
	}

	/**
	 * The answers that point towards {@code role}: agreement with its statements,
	 * disagreement with the other role's. Neutral and "not sure" never count; for a
	 * hybrid only agreement does.
	 */
	private static List<Reason> reasons(Quiz quiz, Answers answers, Map<String, Double> agreement, String role,
			String other, boolean agreementOnly) {
		List<Reason> reasons = new ArrayList<>();
		for (Question q : quiz.statements()) {
			Double value = agreement.get(q.code());
			if (value == null || value == 0) {
				continue;
			}
			boolean own = q.weights().getOrDefault(role, 0) > 0;
			boolean others = q.weights().getOrDefault(other, 0) > 0;
			if ((own && value > 0) || (!agreementOnly && others && !own && value < 0)) {
				reasons.add(new Reason(q.code(), answers.agreement(q.code()), role));
			}
		}
		reasons.sort(Comparator.comparing((Reason r) -> -Math.abs(agreement.getOrDefault(r.code(), 0.0)))
			.thenComparing((r) -> !r.agreed()));
		return reasons;
	}

	/**
	 * The lean's strength from the difference, one step lower when as many answers point
	 * the other way as half of those that point towards it (inconsistent answers).
	 */
	static Strength strength(double difference, int towards, int against) {
		Strength strength = (difference >= CLEAR) ? Strength.CLEAR
				: (difference >= MODERATE) ? Strength.MODERATE : Strength.SLIGHT;
		if (strength != Strength.SLIGHT && against * 2 >= towards) {
			strength = Strength.values()[strength.ordinal() - 1];
		}
		return strength;
	}

	private static List<Reason> limit(List<Reason> reasons) {
		return List.copyOf(reasons.subList(0, Math.min(MAX_REASONS, reasons.size())));
	}

}
