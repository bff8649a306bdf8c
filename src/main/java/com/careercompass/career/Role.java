package com.careercompass.career;

/**
 * A career role.
 *
 * @param slug URL identifier
 * @param name full name
 * @param shortName name short enough for buttons and chart labels
 * @param partial whether the articles say little about this role
 */
public record Role(String slug, LocalizedText name, LocalizedText shortName, boolean partial) {
}
