package com.careercompass.quiz;

import java.util.List;

import org.springframework.lang.Nullable;

/**
 * What the answers say.
 *
 * @param matches every scored role's match, best first
 * @param recommended the best match, or null when the answers do not lean towards any
 * role
 * @param runnerUp the closest alternative, or null with no recommendation
 * @param closeCall whether the top two are within {@link QuizScorer#CLOSE_CALL} points
 * @param weakSignal whether the answers vary so little that the result rests on few of
 * them
 * @param reasons the statements that contributed most to the recommendation, largest
 * first
 * @param whyLower the statements that most separated the recommendation from the
 * runner-up, largest first
 */
public record QuizResult(List<Match> matches, @Nullable String recommended, @Nullable String runnerUp,
		boolean closeCall, boolean weakSignal, List<Reason> reasons, List<Reason> whyLower) {

	/** Whether the answers lean towards a role at all. */
	public boolean hasRecommendation() {
		return this.recommended != null;
	}

	/**
	 * One role's match.
	 *
	 * @param slug the role
	 * @param percent the match, 0 to 100
	 */
	public record Match(String slug, int percent) {
	}

	/**
	 * A statement's share in a result.
	 *
	 * @param code the statement
	 * @param answer the answer given, 1 to 5
	 * @param points its contribution, in match points
	 */
	public record Reason(String code, int answer, int points) {
	}

}
