package com.careercompass.career.data;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.Skill;
import com.careercompass.career.SkillCategory;
import com.careercompass.career.SkillKind;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "skill")
class SkillEntity {

	@Id
	Long id;

	@AttributeOverride(name = "en", column = @Column(name = "name_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "name_fr"))
	LocalizedText name;

	@AttributeOverride(name = "en", column = @Column(name = "explanation_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "explanation_fr"))
	@Nullable LocalizedText explanation;

	@Enumerated(EnumType.STRING)
	SkillCategory category;

	@Enumerated(EnumType.STRING)
	SkillKind kind;

	@OneToMany(mappedBy = "skill")
	@OrderBy("sortOrder")
	List<ToolNoteEntity> toolNotes;

	int sortOrder;

	@ManyToMany
	@JoinTable(name = "skill_role", joinColumns = @JoinColumn(name = "skill_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	Set<RoleEntity> roles;

	@ManyToMany
	@JoinTable(name = "skill_source", joinColumns = @JoinColumn(name = "skill_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	Set<SourceEntity> sources;

	Skill toSkill() {
		Set<String> slugs = this.roles.stream().map((r) -> r.slug).collect(Collectors.toUnmodifiableSet());
		return new Skill(this.id, this.name, this.category, slugs, SourceIds.of(this.sources), this.explanation,
				this.kind, this.toolNotes.stream().map(ToolNoteEntity::toNote).toList());
	}

}
