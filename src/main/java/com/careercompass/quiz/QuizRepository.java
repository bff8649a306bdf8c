package com.careercompass.quiz;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface QuizRepository extends Repository<QuizQuestionEntity, Long> {

	@Query(value = "select max(version) from quiz_meta", nativeQuery = true)
	Integer version();

	@Query("select distinct q from QuizQuestionEntity q left join fetch q.options" + " order by q.sortOrder")
	List<QuizQuestionEntity> questions();

	/**
	 * Weights by role slug: joined in SQL so that the quiz needs no entity of the career
	 * module.
	 */
	@Query(value = "select w.question_id as question, r.slug as slug, w.weight as weight from quiz_weight w"
			+ " join career_role r on r.id = w.role_id order by w.question_id, r.sort_order", nativeQuery = true)
	List<WeightRow> weights();

	interface WeightRow {

		Long getQuestion();

		String getSlug();

		Integer getWeight();

	}

}
