package com.careercompass.career.data;

import java.math.BigDecimal;
import java.util.Currency;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.PayFigure;
import com.careercompass.career.Statistic;

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
@Table(name = "pay_figure")
class PayFigureEntity {

	@Id
	Long id;

	@ManyToOne(optional = false)
	RoleEntity role;

	String countryCode;

	String region;

	String employer;

	String currencyCode;

	@Enumerated(EnumType.STRING)
	Statistic statistic;

	BigDecimal amount;

	Integer surveyYear;

	@AttributeOverride(name = "en", column = @Column(name = "survey_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "survey_fr"))
	LocalizedText survey;

	@ManyToOne(optional = false)
	SourceEntity source;

	boolean repaired;

	@AttributeOverride(name = "en", column = @Column(name = "note_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "note_fr"))
	LocalizedText note;

	int sortOrder;

	Integer surveyMonth;

	PayFigure toFigure() {
		return new PayFigure(this.id, this.role.slug, this.countryCode, this.region, this.employer,
				Currency.getInstance(this.currencyCode), this.statistic, this.amount, this.surveyYear,
				Texts.orNull(this.survey), this.source.id, this.repaired, Texts.orNull(this.note), this.surveyMonth);
	}

}
