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
	 * Weights by role id: the quiz reads only its own table; the career module says which
	 * role an id is ({@code CatalogService.roleSlug}).
	 */
	@Query(value = "select question_id as question, role_id as role, weight as weight from quiz_weight"
			+ " order by question_id, role_id", nativeQuery = true)
	List<WeightRow> weights();

	interface WeightRow {

		Long getQuestion();

		Long getRole();

		Integer getWeight();

	}

}
