package com.careercompass.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads answers from request parameters. Kind to the form: whatever is valid is kept and
 * the rest is reported as missing. Strict for result links: anything unexpected makes the
 * link invalid.
 */
final class AnswerReader {

	static final String VERSION = "v";

	static final int MAX_QUERY = 2048;

	private static final Set<String> IGNORED = Set.of("lang");

	/** The questions of version 1, all kept by version 2. */
	static final Set<String> VERSION_1 = Set.of("present", "production", "statistics", "software", "dataset",
			"performance", "deeplearning", "business", "languages", "sql", "mlfocus", "gpu", "background");

	private AnswerReader() {
	}

	/**
	 * The form's view of a submission: the valid answers, and the questions left
	 * unanswered or answered wrongly.
	 */
	static Submission fromForm(Quiz quiz, Map<String, String[]> params) {
		Map<String, String> valid = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (Question q : quiz.questions()) {
			String[] given = params.get(q.code());
			if (given != null && given.length == 1 && q.accepts(given[0])) {
				valid.put(q.code(), given[0]);
			}
			else {
				missing.add(q.code());
			}
		}
		return new Submission(valid, missing);
	}

	/** A result link's answers, or the reason it is not a valid link. */
	static Optional<Problem> problem(Quiz quiz, Map<String, String[]> params, @Nullable String queryString) {
		if (queryString != null && queryString.length() > MAX_QUERY) {
			return Optional.of(Problem.DAMAGED);
		}
		String[] version = params.get(VERSION);
		if (version == null || version.length != 1) {
			return Optional.of(Problem.DAMAGED);
		}
		if (!version[0].equals(String.valueOf(quiz.version()))) {
			return Optional.of(version[0].matches("\\d{1,4}") ? Problem.OLD_VERSION : Problem.DAMAGED);
		}
		for (String key : params.keySet()) {
			if (!key.equals(VERSION) && !IGNORED.contains(key) && quiz.question(key).isEmpty()) {
				return Optional.of(Problem.DAMAGED);
			}
		}
		Submission submission = fromForm(quiz, params);
		return submission.complete() ? Optional.empty() : Optional.of(Problem.DAMAGED);
	}

	/**
	 * A result link of the previous version (version 1), whose twelve statements and
	 * background question version 2 keeps with the same codes and meaning: its answers,
	 * with the statements added since counted as "not sure".
	 * @param quiz the current quiz
	 * @param params the link's parameters
	 * @return the answers, or empty when the link is not a complete previous-version link
	 */
	static Optional<Answers> carried(Quiz quiz, Map<String, String[]> params) {
		String[] version = params.get(VERSION);
		if (quiz.version() != 2 || version == null || version.length != 1
				|| !version[0].equals(String.valueOf(quiz.previousVersion()))) {
			return Optional.empty();
		}
		Map<String, String[]> filled = new LinkedHashMap<>();
		for (Question q : quiz.questions()) {
			String[] given = params.get(q.code());
			if (VERSION_1.contains(q.code())) {
				if (given == null || given.length != 1 || "0".equals(given[0])) {
					return Optional.empty();
				}
				filled.put(q.code(), given);
			}
			else {
				filled.put(q.code(), new String[] { String.valueOf(Question.NOT_SURE) });
			}
		}
		Submission submission = fromForm(quiz, filled);
		return submission.complete() ? Optional.of(submission.answers(quiz)) : Optional.empty();
	}

	/** Why a result link cannot be shown. */
	enum Problem {

		DAMAGED, OLD_VERSION

	}

	/**
	 * A submitted form.
	 *
	 * @param valid the valid answers by question code
	 * @param missing codes of the questions without a valid answer
	 */
	record Submission(Map<String, String> valid, List<String> missing) {

		boolean complete() {
			return this.missing.isEmpty();
		}

		Answers answers(Quiz quiz) {
			return new Answers(quiz.version(), Map.copyOf(this.valid));
		}

	}

}
