package com.careercompass.career.data;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.PayContext;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "pay_context")
class PayContextEntity {

	@Id
	Long id;

	@ManyToOne(optional = false)
	RoleEntity role;

	String countryCode;

	String region;

	@AttributeOverride(name = "en", column = @Column(name = "text_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "text_fr"))
	LocalizedText text;

	@ManyToOne(optional = false)
	SourceEntity source;

	int sortOrder;

	PayContext toContext() {
		return new PayContext(this.role.slug, this.countryCode, this.region, this.text, this.source.id);
	}

}
