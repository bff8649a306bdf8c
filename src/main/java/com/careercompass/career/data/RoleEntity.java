package com.careercompass.career.data;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.Role;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "career_role")
class RoleEntity {

	@Id
	Long id;

	String slug;

	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
	LocalizedText name;

	@AttributeOverride(name = "en", column = @Column(name = "short_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "short_fr"))
	LocalizedText shortName;

	boolean partialData;

	int sortOrder;

	Role toRole() {
		return new Role(this.slug, this.name, this.shortName, this.partialData);
	}

}
