package com.careercompass.career.data;

import java.util.Set;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.UseCase;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "use_case")
class UseCaseEntity {

	@Id
	Long id;

	@AttributeOverride(name = "en", column = @Column(name = "text_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "text_fr"))
	LocalizedText text;

	int sortOrder;

	@ManyToMany
	@JoinTable(name = "use_case_source", joinColumns = @JoinColumn(name = "use_case_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	Set<SourceEntity> sources;

	UseCase toUseCase() {
		return new UseCase(this.text, SourceIds.of(this.sources));
	}

}
