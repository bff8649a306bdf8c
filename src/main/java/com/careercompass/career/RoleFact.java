package com.careercompass.career;

import java.util.List;

/**
 * A sentence about a role: part of its summary, a responsibility or an education fact.
 *
 * @param roleSlug the role it describes
 * @param kind what it describes
 * @param text the sentence
 * @param sourceIds the articles it comes from
 */
public record RoleFact(String roleSlug, FactKind kind, LocalizedText text, List<String> sourceIds) {
}
