package com.careercompass.quiz;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import com.careercompass.learning.LearningService;
import com.careercompass.system.web.LinkFormat;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quiz and its scoring. The quiz only changes with a migration, so it is read once,
 * while the application starts: scoring never needs the database.
 */
@Service
public class QuizService implements LinkFormat {

	private final Quiz quiz;

	private final CatalogService catalogs;

	private final LearningService learning;

	@Autowired
	QuizService(QuizRepository repository, CatalogService catalogs, LearningService learning,
			PlatformTransactionManager transactions) {
		this(readAtStart(repository, catalogs, transactions), catalogs, learning);
	}

	/**
	 * Scores a quiz given as it is: what a web slice uses, over a hand-made catalog.
	 * @param quiz the questions and weights
	 * @param catalogs the roles the quiz's weights name
	 */
	QuizService(Quiz quiz, CatalogService catalogs, LearningService learning) {
		this.quiz = quiz;
		this.catalogs = catalogs;
		this.learning = learning;
	}

	/**
	 * A quiz link's parameters: the version and one answer per question.
	 */
	@Override
	public Set<String> parameterNames() {
		Set<String> names = new HashSet<>();
		names.add(AnswerReader.VERSION);
		this.quiz.questions().forEach((question) -> names.add(question.code()));
		return names;
	}

	private static Quiz readAtStart(QuizRepository repository, CatalogService catalogs,
			PlatformTransactionManager transactions) {
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		try {
			return readOnly.execute((status) -> read(repository, catalogs));
		}
		catch (DataAccessException | TransactionException ex) {
			throw new IllegalStateException("Could not read the quiz from the database at start-up", ex);
		}
	}

	/**
	 * The quiz, read at start.
	 * @return its questions and weights
	 */
	public Quiz quiz() {
		return this.quiz;
	}

	private static Quiz read(QuizRepository repository, CatalogService catalogs) {
		Catalog catalog = catalogs.catalog();
		Map<Long, Map<String, Integer>> weights = new LinkedHashMap<>();
		Set<String> weighted = new LinkedHashSet<>();
		for (QuizRepository.WeightRow row : repository.weights()) {
			String slug = catalogs.roleSlug(row.getRole());
			weights.computeIfAbsent(row.getQuestion(), (k) -> new LinkedHashMap<>()).put(slug, row.getWeight());
			weighted.add(slug);
		}
		List<Question> questions = repository.questions()
			.stream()
			.map((q) -> new Question(q.code, q.kind, q.text,
					q.options.stream().map(QuizOptionEntity::toOption).toList(),
					Map.copyOf(weights.getOrDefault(q.id, Map.of())), q.axis, q.term, q.explanation, q.basis,
					(q.basisSources != null) ? List.copyOf(q.basisSources) : List.of(),
					(q.shows != null) ? Set.copyOf(q.shows) : Set.of()))
			.toList();
		List<String> roles = catalog.roles().stream().map(Role::slug).filter(weighted::contains).toList();
		List<String> scored = roles.stream().filter((slug) -> !catalog.role(slug).partial()).toList();
		List<String> neighbours = roles.stream().filter((slug) -> catalog.role(slug).partial()).toList();
		if (scored.size() != 2) {
			throw new IllegalStateException("The quiz compares two fully documented roles; the data names " + scored);
		}
		return new Quiz(repository.version(), questions, scored, neighbours);
	}

	/**
	 * Scores complete answers to the given quiz.
	 * @param quiz the quiz, from {@link #quiz()}
	 * @param answers an answer to every question
	 * @return what the answers say
	 */
	public QuizResult score(Quiz quiz, Answers answers) {
		return QuizScorer.score(quiz, answers);
	}

	/**
	 * Everything a result page shows, in the reader's language: the web page and the API
	 * both use it.
	 * @param quiz the quiz, from {@link #quiz()}
	 * @param answers an answer to every question
	 * @param carried whether the answers come from a link of the previous quiz version
	 * @param locale the reader's language
	 * @return the result, explained
	 */
	public QuizResultView result(Quiz quiz, Answers answers, boolean carried, Locale locale) {
		return QuizResultView.of(this.catalogs.catalog(), this.learning, quiz, answers, score(quiz, answers), carried,
				locale);
	}

	/**
	 * Reads a result link's parameters strictly, as the result page does: the current
	 * version, or a complete link of the previous one (carried, the statements added
	 * since counted as "not sure").
	 * @param quiz the quiz, from {@link #quiz()}
	 * @param params the link's parameters: {@code v} and one answer per question
	 * @return the answers, and whether they were carried from the previous version
	 * @throws InvalidAnswersException when the link is damaged or of another version
	 */
	public Link readLink(Quiz quiz, Map<String, String[]> params) {
		Optional<Answers> carried = AnswerReader.carried(quiz, params);
		if (carried.isPresent()) {
			return new Link(carried.get(), true);
		}
		Optional<AnswerReader.Problem> problem = AnswerReader.problem(quiz, params, null);
		if (problem.isPresent()) {
			throw new InvalidAnswersException(problem.get() == AnswerReader.Problem.OLD_VERSION, List.of(), 0);
		}
		return new Link(AnswerReader.fromForm(quiz, params).answers(quiz), false);
	}

	/**
	 * A result link's answers.
	 *
	 * @param answers the answers
	 * @param carried whether they come from a link of the previous version
	 */
	public record Link(Answers answers, boolean carried) {
	}

	/**
	 * Checks a complete set of answers given as data (the API's request body).
	 * @param quiz the quiz, from {@link #quiz()}
	 * @param version the quiz version the answers are for
	 * @param values each question's answer by code
	 * @return the answers
	 * @throws InvalidAnswersException when the version is not the current one, or an
	 * answer is missing, unknown or out of range
	 */
	public Answers answers(Quiz quiz, int version, Map<String, String> values) {
		if (version != quiz.version()) {
			throw new InvalidAnswersException(true, List.of(), 0);
		}
		Map<String, String[]> params = new LinkedHashMap<>();
		params.put(AnswerReader.VERSION, new String[] { String.valueOf(version) });
		values.forEach((code, value) -> params.put(code, new String[] { String.valueOf(value) }));
		AnswerReader.Submission submission = AnswerReader.fromForm(quiz, params);
		long unknown = values.keySet().stream().filter((code) -> quiz.question(code).isEmpty()).count();
		if (!submission.complete() || unknown > 0) {
			throw new InvalidAnswersException(false, submission.missing(), (int) unknown);
		}
		return submission.answers(quiz);
	}

}
