package com.careercompass.career.data;

import java.time.LocalDate;

import com.careercompass.career.LocalizedText;
import com.careercompass.career.Source;
import com.careercompass.career.SourceKind;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "source_article")
class SourceEntity {

	@Id
	String id;

	@AttributeOverride(name = "en", column = @Column(name = "title_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "title_fr"))
	LocalizedText title;

	@AttributeOverride(name = "en", column = @Column(name = "publisher_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "publisher_fr"))
	LocalizedText publisher;

	@AttributeOverride(name = "en", column = @Column(name = "label_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "label_fr"))
	LocalizedText label;

	@AttributeOverride(name = "en", column = @Column(name = "date_note_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "date_note_fr"))
	LocalizedText dateNote;

	Integer pubYear;

	LocalDate publishedOn;

	String articleLanguage;

	int sortOrder;

	boolean untitled;

	String describedFr;

	@Enumerated(EnumType.STRING)
	SourceKind kind;

	Source toSource() {
		LocalizedText shown = this.untitled ? new LocalizedText(this.title.en(), this.describedFr) : this.title;
		return new Source(this.id, shown, this.publisher, this.label, this.pubYear, this.publishedOn,
				Texts.orNull(this.dateNote), this.articleLanguage, this.untitled, this.kind);
	}

}
