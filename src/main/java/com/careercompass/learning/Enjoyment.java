package com.careercompass.learning;

import com.careercompass.career.LocalizedText;

/**
 * A statement a person agreed with, standing behind a skill: it may choose among
 * specialisms or break a tie, never make a step of what they only said they would enjoy.
 *
 * @param statement the statement
 * @param agreement the answer, 4 or 5
 */
public record Enjoyment(LocalizedText statement, int agreement) {
}
