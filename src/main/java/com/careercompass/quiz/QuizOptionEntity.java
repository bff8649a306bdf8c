package com.careercompass.quiz;

import java.util.Set;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.SkillCategory;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "quiz_option")
class QuizOptionEntity {

	@Id
	Long id;

	@ManyToOne(optional = false)
	QuizQuestionEntity question;

	String code;

	int sortOrder;

	@AttributeOverride(name = "en", column = @Column(name = "label_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "label_fr"))
	LocalizedText label;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quiz_option_category", joinColumns = @JoinColumn(name = "option_id"))
	@Column(name = "category")
	@Enumerated(EnumType.STRING)
	Set<SkillCategory> covers;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "quiz_option_skill", joinColumns = @JoinColumn(name = "option_id"))
	@Column(name = "skill_id")
	Set<Long> brings;

	boolean bringsLanguage;

	Question.Option toOption() {
		return new Question.Option(this.code, this.label, Set.copyOf(this.covers), Set.copyOf(this.brings),
				this.bringsLanguage);
	}

}
