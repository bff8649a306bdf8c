package com.careercompass.skills;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The quiz result a person came from, carried through the skills check (form, result) so
 * that one plan can be made from both. Only the address of a quiz result of this site, of
 * bounded length, is carried; anything else is dropped (the skills check works as usual).
 * Its answers are read, and their damage reported, by the plan.
 *
 * @param path the quiz result's address ({@code /quiz/result?v=…})
 */
public record QuizCarry(String path) {

	/** The parameter that carries it. */
	static final String PARAM = "quiz";

	/** Far longer than any quiz result address (15 answers: ~220 characters). */
	static final int MAX_LENGTH = 512;

	private static final Pattern RESULT = Pattern
		.compile("/quiz/result\\?v=\\d{1,4}(&[a-z]{1,20}=[0-9a-z]{1,20}){0,40}");

	static @Nullable QuizCarry of(String @Nullable [] values) {
		if (values == null || values.length != 1 || values[0].length() > MAX_LENGTH
				|| !RESULT.matcher(values[0]).matches()) {
			return null;
		}
		return new QuizCarry(values[0]);
	}

	/** An address of the skills check with the quiz result carried along. */
	public String carriedBy(String skillsPath) {
		return skillsPath + (skillsPath.contains("?") ? "&" : "?") + PARAM + "="
				+ URLEncoder.encode(this.path, StandardCharsets.UTF_8);
	}

	/**
	 * The plan made from the quiz result and a skills-check result.
	 * @param skillsPlanPath the plan made from the skills-check result alone
	 * @return the plan from both
	 */
	public String planWith(String skillsPlanPath) {
		String answers = this.path.substring(this.path.indexOf('?') + 1).replaceFirst("^v=", "quiz=");
		return "/plan?" + answers + "&" + skillsPlanPath.substring(skillsPlanPath.indexOf('?') + 1);
	}

}
