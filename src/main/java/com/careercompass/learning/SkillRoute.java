package com.careercompass.learning;

import com.careercompass.career.LocalizedText;

/**
 * A technical skill's place on the route (ours).
 *
 * @param stage its stage
 * @param order our order of learning inside the stage, prerequisites first: the last
 * tie-break
 * @param proof a small piece of work that shows the skill
 */
public record SkillRoute(Stage stage, int order, LocalizedText proof) {
}
