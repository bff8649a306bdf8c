package com.careercompass.career;

/**
 * A skill that a pay survey links to higher pay for a role.
 *
 * @param roleSlug the role
 * @param skill the skill
 * @param percent the premium over the role's average pay, in percent
 * @param survey the survey that measured it
 * @param sourceId the article that reports it
 */
public record PayPremium(String roleSlug, LocalizedText skill, int percent, String survey, String sourceId) {
}
