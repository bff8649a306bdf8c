package com.careercompass.career.data;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.PayPremium;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "pay_premium")
class PayPremiumEntity {

	@Id
	Long id;

	@ManyToOne(optional = false)
	RoleEntity role;

	@AttributeOverride(name = "en", column = @Column(name = "skill_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "skill_fr"))
	LocalizedText skill;

	int premiumPercent;

	String survey;

	@ManyToOne(optional = false)
	SourceEntity source;

	int sortOrder;

	PayPremium toPremium() {
		return new PayPremium(this.role.slug, this.skill, this.premiumPercent, this.survey, this.source.id);
	}

}
