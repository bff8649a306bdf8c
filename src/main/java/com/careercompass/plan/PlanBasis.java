package com.careercompass.plan;

import java.util.List;

import com.careercompass.quiz.QuizResult;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.skills.SkillsCheckResult;

import org.jspecify.annotations.Nullable;

/**
 * Why a plan is for its role, and which routes it shows: the role the reader chose, else
 * the one the quiz leans to, else the one the skills lean to; a hybrid quiz shows both
 * roles' routes (the higher affinity first); with no lean at all, what both roles share.
 *
 * @param kind why
 * @param role the role named first
 * @param other the other role
 */
record PlanBasis(Kind kind, String role, String other) {

	enum Kind {

		CHOSEN, QUIZ, SKILLS, HYBRID, NONE

	}

	static PlanBasis of(@Nullable String chosen, @Nullable QuizResultView quiz, @Nullable SkillsCheckResult skills,
			List<String> roles) {
		if (chosen != null) {
			return of(Kind.CHOSEN, chosen, roles);
		}
		if (quiz != null && quiz.result().lean() != null) {
			return of(Kind.QUIZ, quiz.result().lean(), roles);
		}
		if (skills != null && skills.lean().role() != null) {
			return of(Kind.SKILLS, skills.lean().role().slug(), roles);
		}
		if (quiz != null && quiz.result().verdict() == QuizResult.Verdict.HYBRID) {
			double a = quiz.result().affinity().getOrDefault(roles.get(0), 0.0);
			double b = quiz.result().affinity().getOrDefault(roles.get(1), 0.0);
			return of(Kind.HYBRID, (b > a) ? roles.get(1) : roles.get(0), roles);
		}
		return of(Kind.NONE, roles.get(0), roles);
	}

	private static PlanBasis of(Kind kind, String role, List<String> roles) {
		return new PlanBasis(kind, role, role.equals(roles.get(0)) ? roles.get(1) : roles.get(0));
	}

	/** Whether the plan is for both roles. */
	boolean both() {
		return this.kind == Kind.HYBRID || this.kind == Kind.NONE;
	}

	/** The roles of each route: one, two side by side, or the two together. */
	List<List<String>> routes() {
		return switch (this.kind) {
			case HYBRID -> List.of(List.of(this.role), List.of(this.other));
			case NONE -> List.of(List.of(this.role, this.other));
			default -> List.of(List.of(this.role));
		};
	}

}
