package com.careercompass.quiz;

import java.util.List;
import java.util.Set;

import com.careercompass.career.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "quiz_question")
class QuizQuestionEntity {

	@Id
	Long id;

	String code;

	@Enumerated(EnumType.STRING)
	Question.Kind kind;

	int sortOrder;

	@AttributeOverride(name = "en", column = @Column(name = "text_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "text_fr"))
	LocalizedText text;

	@Enumerated(EnumType.STRING)
	Question.Axis axis;

	@AttributeOverride(name = "en", column = @Column(name = "term_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "term_fr"))
	LocalizedText term;

	@AttributeOverride(name = "en", column = @Column(name = "explain_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "explain_fr"))
	LocalizedText explanation;

	@AttributeOverride(name = "en", column = @Column(name = "basis_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "basis_fr"))
	LocalizedText basis;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quiz_question_source", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "sort_order")
	@Column(name = "source_id")
	List<String> basisSources;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quiz_question_skill", joinColumns = @JoinColumn(name = "question_id"))
	@Column(name = "skill_id")
	Set<Long> shows;

	@OneToMany(mappedBy = "question")
	@OrderBy("sortOrder")
	List<QuizOptionEntity> options;

}
