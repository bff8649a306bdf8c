package com.careercompass.skills;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A quiz result carried into the skills check (docs/plan.md): a result address of this
 * site up to {@link QuizCarry#MAX_LENGTH} characters is kept; a longer one, another
 * address, or two of them are dropped.
 */
class QuizCarryTests {

	private static final String RESULT = "/quiz/result?v=2&production=5&statistics=2";

	@Test
	void aResultAddressIsCarriedUpToItsLimitAndNothingElse() {
		assertThat(QuizCarry.of(new String[] { RESULT })).isNotNull();
		String longest = padded(QuizCarry.MAX_LENGTH);
		assertThat(longest).hasSize(QuizCarry.MAX_LENGTH);
		assertThat(QuizCarry.of(new String[] { longest })).as("at the limit").isNotNull();
		String over = padded(QuizCarry.MAX_LENGTH + 1);
		assertThat(over).hasSize(QuizCarry.MAX_LENGTH + 1);
		assertThat(QuizCarry.of(new String[] { over.substring(0, over.lastIndexOf('&')) })).as("the same, shorter")
			.isNotNull();
		assertThat(QuizCarry.of(new String[] { over })).as("one character over").isNull();
		assertThat(QuizCarry.of(new String[] { "https://elsewhere.example/quiz/result?v=2" })).isNull();
		assertThat(QuizCarry.of(new String[] { RESULT, RESULT })).isNull();
		assertThat(QuizCarry.of(null)).isNull();
	}

	/** A valid result address of exactly this length (answers of up to 20 characters). */
	private static String padded(int length) {
		StringBuilder address = new StringBuilder("/quiz/result?v=2");
		while (address.length() < length) {
			int room = length - address.length();
			// "&" + name + "=" + value: at least 4 characters; a name and a value of at
			// most 20
			String name = "a".repeat(Math.min(20, Math.max(1, (room - 2) / 2)));
			String value = "1".repeat(Math.min(20, Math.max(1, room - 2 - name.length())));
			address.append('&').append(name).append('=').append(value);
		}
		return address.toString();
	}

}
