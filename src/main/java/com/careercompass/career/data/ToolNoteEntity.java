package com.careercompass.career.data;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.ToolNote;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "tool_note")
class ToolNoteEntity {

	@Id
	Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "skill_id")
	SkillEntity skill;

	String tool;

	int sinceYear;

	@AttributeOverride(name = "en", column = @Column(name = "note_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "note_fr"))
	LocalizedText note;

	int sortOrder;

	ToolNote toNote() {
		return new ToolNote(this.tool, this.sinceYear, this.note);
	}

}
