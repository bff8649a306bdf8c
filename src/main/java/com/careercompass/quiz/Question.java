package com.careercompass.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.SkillCategory;

/**
 * One question of the quiz.
 *
 * @param code its key in answer URLs
 * @param kind agreement scale or single choice
 * @param text the statement or question
 * @param options the choices, for a single-choice question
 * @param weights how typical agreeing is of each scored role, by role slug, from -2 to 2
 * (agreement scale only)
 */
public record Question(String code, Kind kind, LocalizedText text, List<Option> options, Map<String, Integer> weights) {

	/** The agreement scale runs from 1 (strongly disagree) to 5 (strongly agree). */
	public static final int MIN = 1;

	public static final int MAX = 5;

	public boolean likert() {
		return this.kind == Kind.LIKERT;
	}

	public boolean accepts(String value) {
		if (likert()) {
			return value.length() == 1 && value.charAt(0) >= '0' + MIN && value.charAt(0) <= '0' + MAX;
		}
		return this.options.stream().anyMatch((o) -> o.code().equals(value));
	}

	/** The kinds of question. */
	public enum Kind {

		LIKERT, CHOICE

	}

	/**
	 * A choice.
	 *
	 * @param code its value in answer URLs
	 * @param label its label
	 * @param covers skill categories this background already covers
	 */
	public record Option(String code, LocalizedText label, Set<SkillCategory> covers) {
	}

}
