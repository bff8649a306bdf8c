package com.careercompass.quiz;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the answers say (docs/quiz.md).
 *
 * @param verdict the kind of result
 * @param lean the role the answers lean towards, for {@link Verdict#LEAN} only
 * @param strength how clearly they lean
 * @param affinity each scored role's affinity, from -1 (disagreed with all its
 * statements) to 1 (agreed strongly with all); absent with too few answers
 * @param axes each axis's mean agreement, -1 to 1; absent when none of its statements was
 * answered
 * @param reasons answers that pointed towards the lean (or, for a hybrid, towards both),
 * strongest first
 * @param against answers that pointed the other way, strongest first
 * @param neighbours roles the articles only mention that specific answers point to, most
 * pointed-to first
 */
public record QuizResult(Verdict verdict, @Nullable String lean, Strength strength, Map<String, Double> affinity,
		Map<Question.Axis, Double> axes, List<Reason> reasons, List<Reason> against, List<String> neighbours) {

	/** The kinds of result. */
	public enum Verdict {

		/** The answers lean towards one role. */
		LEAN,
		/** Strong interest on both sides: both roles fit. */
		HYBRID,
		/** Interest, but no side stands out. */
		NO_LEAN,
		/** (Nearly) the same answer everywhere: nothing to read. */
		FLAT,
		/** Little interest in either role's work. */
		LOW_INTEREST,
		/** Too many "not sure" answers to say anything. */
		TOO_FEW

	}

	/** How clearly the answers lean. */
	public enum Strength {

		NONE, SLIGHT, MODERATE, CLEAR

	}

	/**
	 * An answer that points towards a role.
	 *
	 * @param code the statement
	 * @param answer the answer given, 1 to 5 (never 3 or "not sure")
	 * @param towards the role it points towards
	 */
	public record Reason(String code, int answer, String towards) {

		/** Whether the answer was agreement (else disagreement). */
		public boolean agreed() {
			return this.answer > 3;
		}

	}

}
