package com.careercompass.career;

import java.util.List;

/**
 * A field where machine learning is used.
 *
 * @param text the use case
 * @param sourceIds the articles that mention it
 */
public record UseCase(LocalizedText text, List<String> sourceIds) {
}
