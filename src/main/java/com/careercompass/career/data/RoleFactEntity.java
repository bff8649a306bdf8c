package com.careercompass.career.data;

import java.util.Set;

import com.careercompass.career.FactKind;
import com.careercompass.career.LocalizedText;
import com.careercompass.career.RoleFact;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "role_fact")
class RoleFactEntity {

	@Id
	Long id;

	@ManyToOne(optional = false)
	RoleEntity role;

	@Enumerated(EnumType.STRING)
	FactKind kind;

	int sortOrder;

	@AttributeOverride(name = "en", column = @Column(name = "text_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "text_fr"))
	LocalizedText text;

	@AttributeOverride(name = "en", column = @Column(name = "choose_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "choose_fr"))
	@Nullable LocalizedText choice;

	@Nullable String country;

	@ManyToMany
	@JoinTable(name = "role_fact_source", joinColumns = @JoinColumn(name = "fact_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	Set<SourceEntity> sources;

	RoleFact toFact() {
		return new RoleFact(this.role.slug, this.kind, this.text, SourceIds.of(this.sources), this.choice,
				this.country);
	}

}
