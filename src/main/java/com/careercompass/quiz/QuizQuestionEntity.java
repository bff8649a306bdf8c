package com.careercompass.quiz;

import java.util.List;

import com.careercompass.career.LocalizedText;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
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

	@OneToMany(mappedBy = "question")
	@OrderBy("sortOrder")
	List<QuizOptionEntity> options;

}
