package com.careercompass.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The quiz and its scoring. The quiz only changes with a migration, so it is read once. */
@Service
public class QuizService {

	private final QuizRepository repository;

	QuizService(QuizRepository repository) {
		this.repository = repository;
	}

	@Cacheable("quiz")
	@Transactional(readOnly = true)
	public Quiz quiz() {
		Map<Long, Map<String, Integer>> weights = new LinkedHashMap<>();
		List<String> scored = new java.util.ArrayList<>();
		for (QuizRepository.WeightRow row : this.repository.weights()) {
			weights.computeIfAbsent(row.getQuestion(), (k) -> new LinkedHashMap<>()).put(row.getSlug(), row.getWeight());
			if (!scored.contains(row.getSlug())) {
				scored.add(row.getSlug());
			}
		}
		List<Question> questions = this.repository.questions()
			.stream()
			.map((q) -> new Question(q.code, q.kind, q.text,
					q.options.stream().map(QuizOptionEntity::toOption).toList(),
					Map.copyOf(weights.getOrDefault(q.id, Map.of()))))
			.toList();
		return new Quiz(this.repository.version(), questions, List.copyOf(scored));
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

}
