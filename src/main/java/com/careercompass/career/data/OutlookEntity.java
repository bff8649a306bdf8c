package com.careercompass.career.data;

import java.math.BigDecimal;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.OutlookUnit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "outlook_fact")
class OutlookEntity {

	@Id
	Long id;

	@ManyToOne
	RoleEntity role;

	@AttributeOverride(name = "en", column = @Column(name = "text_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "text_fr"))
	LocalizedText text;

	BigDecimal figureValue;

	@Enumerated(EnumType.STRING)
	OutlookUnit figureUnit;

	@AttributeOverride(name = "en", column = @Column(name = "period_label"))
	@AttributeOverride(name = "fr", column = @Column(name = "period_fr"))
	LocalizedText period;

	@AttributeOverride(name = "en", column = @Column(name = "survey_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "survey_fr"))
	LocalizedText survey;

	@ManyToOne(optional = false)
	SourceEntity source;

	int sortOrder;

	Integer madeYear;

	Integer horizonYear;

	Integer reportedYear;

	OutlookFact toFact() {
		return new OutlookFact((this.role != null) ? this.role.slug : null, this.text, this.figureValue,
				this.figureUnit, Texts.orNull(this.period), Texts.orNull(this.survey), this.source.id, this.madeYear,
				this.horizonYear, this.reportedYear);
	}

}
