package com.careercompass.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.SkillCategory;

import org.jspecify.annotations.Nullable;

/**
 * One question of the quiz.
 *
 * @param code its key in answer URLs
 * @param kind agreement scale or single choice
 * @param text the statement or question
 * @param options the choices, for a single-choice question
 * @param weights which role agreeing points towards, by role slug: +1 (or -1, away from
 * it); statements only
 * @param axis the kind of work the statement is about; statements only
 * @param term a technical term the statement uses, as a short heading for its explanation
 * @param explanation what the term means, in plain words
 * @param basis the fact the statement rests on, in our words
 * @param basisSources the articles the fact comes from (a fact may rest on several)
 * @param shows the listed skills behind the kind of work the statement describes: a
 * person who agrees with it is offered them first as next steps
 */
public record Question(String code, Kind kind, LocalizedText text, List<Option> options, Map<String, Integer> weights,
		@Nullable Axis axis, @Nullable LocalizedText term, @Nullable LocalizedText explanation,
		@Nullable LocalizedText basis, List<String> basisSources, Set<Long> shows) {

	/** The agreement scale runs from 1 (strongly disagree) to 5 (strongly agree). */
	public static final int MIN = 1;

	public static final int MAX = 5;

	/** The answer "not sure": it counts as no information. */
	public static final int NOT_SURE = 0;

	public boolean likert() {
		return this.kind == Kind.LIKERT;
	}

	/**
	 * Whether a value is a valid answer: 1 to 5 or 0 ("not sure") for a statement, an
	 * option code for a choice.
	 * @param value the value sent
	 * @return whether it answers this question
	 */
	public boolean accepts(String value) {
		if (likert()) {
			return value.length() == 1 && value.charAt(0) >= '0' + NOT_SURE && value.charAt(0) <= '0' + MAX;
		}
		return this.options.stream().anyMatch((o) -> o.code().equals(value));
	}

	/** The kinds of question. */
	public enum Kind {

		LIKERT, CHOICE

	}

	/**
	 * The kinds of work the statements are about, drawn from the differences the articles
	 * describe between the two roles.
	 */
	public enum Axis {

		/** Building and running systems: the ML engineer's side. */
		BUILD,
		/** Analysing and explaining: the data scientist's side. */
		ANALYSE,
		/** Depth in machine learning, deep learning and hardware. */
		DEPTH

	}

	/**
	 * A choice.
	 *
	 * @param code its value in answer URLs
	 * @param label its label
	 * @param covers skill categories this background already covers
	 * @param brings listed skills this background already brings: never a next step
	 * @param bringsLanguage whether this background brings a programming language (any
	 * language meets the route's foundation)
	 */
	public record Option(String code, LocalizedText label, Set<SkillCategory> covers, Set<Long> brings,
			boolean bringsLanguage) {

		public Option(String code, LocalizedText label, Set<SkillCategory> covers, Set<Long> brings) {
			this(code, label, covers, brings, false);
		}

	}

}
