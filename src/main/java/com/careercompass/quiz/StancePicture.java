package com.careercompass.quiz;

import org.jspecify.annotations.Nullable;

/**
 * Where the answers stand, for an inline SVG: x is the affinity with the first scored
 * role's statements (building and running systems), y with the second's (analysing and
 * explaining), both as 0 to 100 % of agreement; the band around the diagonal is "no clear
 * lean".
 *
 * @param x the first role's axis, 0 to 100, or -1 without enough answers
 * @param y the second role's axis, 0 to 100, or -1
 * @param depth the machine-learning depth axis, 0 to 100, or -1
 */
public record StancePicture(int x, int y, int depth) {

	/** Size of the plot in SVG units. */
	public static final int SIZE = 200;

	static StancePicture of(QuizResult result, String a, String b) {
		return new StancePicture(percent(result.affinity().get(a)), percent(result.affinity().get(b)),
				percent(result.axes().get(Question.Axis.DEPTH)));
	}

	private static int percent(@Nullable Double agreement) {
		return (agreement != null) ? (int) Math.round((agreement + 1) * 50) : -1;
	}

	/**
	 * The depth figure from which a neighbouring path is suggested: the scorer's
	 * {@link QuizScorer#NEIGHBOUR} agreement on this picture's 0 to 100 scale, so that
	 * the caption and the suggestion never disagree.
	 */
	public int neighbourFrom() {
		return percent(QuizScorer.NEIGHBOUR);
	}

	/** Whether there is a point to draw. */
	public boolean placed() {
		return this.x >= 0 && this.y >= 0;
	}

	/** The point's x in SVG units. */
	public int cx() {
		return this.x * SIZE / 100;
	}

	/** The point's y in SVG units (SVG's y grows downwards). */
	public int cy() {
		return SIZE - this.y * SIZE / 100;
	}

	/** Where the point's label goes: above it, or below it near the top edge. */
	public int labelY() {
		return (cy() < 24) ? cy() + 22 : cy() - 12;
	}

	/**
	 * The "no clear lean" band: where the two affinities differ by less than
	 * {@link QuizScorer#NO_LEAN_BAND} (in percent: half of it).
	 */
	public String band() {
		int half = (int) Math.round(QuizScorer.NO_LEAN_BAND * 50 * SIZE / 100);
		return "0," + (SIZE - half) + " 0," + SIZE + " " + half + "," + SIZE + " " + SIZE + "," + half + " " + SIZE
				+ ",0 " + (SIZE - half) + ",0";
	}

}
