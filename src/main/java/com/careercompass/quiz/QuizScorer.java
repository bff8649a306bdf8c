package com.careercompass.quiz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores answers by the shape of the answer profile: a role's match is 50 + 50 × the
 * Pearson correlation between the answers to the statements and the role's weights (see
 * docs/quiz.md). Agreeing with everything, or answering neutral everywhere, has no shape
 * and recommends nothing.
 */
final class QuizScorer {

	/** Matches closer than this many points are a close call. */
	static final int CLOSE_CALL = 6;

	/** Below this standard deviation of the answers, the result rests on few of them. */
	static final double WEAK_SPREAD = 0.6;

	private static final int MAX_REASONS = 5;

	private QuizScorer() {
	}

	static QuizResult score(Quiz quiz, Answers answers) {
		List<Question> statements = quiz.statements();
		double[] a = statements.stream().mapToDouble((q) -> answers.agreement(q.code())).toArray();
		double[] da = centred(a);
		double normA = norm(da);
		List<double[]> points = new ArrayList<>();
		List<QuizResult.Match> matches = new ArrayList<>();
		for (String slug : quiz.scoredRoles()) {
			double[] dw = centred(statements.stream().mapToDouble((q) -> q.weights().getOrDefault(slug, 0)).toArray());
			double[] share = new double[a.length];
			double denominator = normA * norm(dw);
			for (int i = 0; i < a.length; i++) {
				share[i] = (denominator == 0) ? 0 : 50 * da[i] * dw[i] / denominator;
			}
			points.add(share);
			matches.add(new QuizResult.Match(slug, (int) Math.round(50 + sum(share))));
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < matches.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> -matches.get(i).percent()));
		List<QuizResult.Match> sorted = order.stream().map(matches::get).toList();
		boolean weak = normA / Math.sqrt(a.length) < WEAK_SPREAD;
		if (normA == 0) {
			return new QuizResult(sorted, null, null, true, true, List.of(), List.of());
		}
		int top = order.get(0);
		int second = order.get(1);
		boolean close = matches.get(top).percent() - matches.get(second).percent() < CLOSE_CALL;
		return new QuizResult(sorted, matches.get(top).slug(), matches.get(second).slug(), close, weak,
				reasons(statements, a, points.get(top), null),
				reasons(statements, a, points.get(top), points.get(second)));
	}

	/**
	 * The statements with the largest positive share (or share over another role),
	 * largest first.
	 */
	private static List<QuizResult.Reason> reasons(List<Question> statements, double[] a, double[] mine,
			double[] other) {
		List<QuizResult.Reason> reasons = new ArrayList<>();
		for (int i = 0; i < a.length; i++) {
			double points = mine[i] - ((other != null) ? other[i] : 0);
			if (Math.round(points) >= 1) {
				reasons.add(new QuizResult.Reason(statements.get(i).code(), (int) a[i], (int) Math.round(points)));
			}
		}
		reasons.sort(Comparator.comparingInt((QuizResult.Reason r) -> -r.points()));
		return List.copyOf(reasons.subList(0, Math.min(MAX_REASONS, reasons.size())));
	}

	private static double[] centred(double[] values) {
		double mean = sum(values) / values.length;
		double[] centred = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			centred[i] = values[i] - mean;
		}
		return centred;
	}

	private static double norm(double[] values) {
		double squares = 0;
		for (double v : values) {
			squares += v * v;
		}
		return Math.sqrt(squares);
	}

	private static double sum(double[] values) {
		double total = 0;
		for (double v : values) {
			total += v;
		}
		return total;
	}

}
