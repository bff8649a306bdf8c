package com.careercompass.career.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.Contrast;
import com.careercompass.career.LocalizedText;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "contrast")
class ContrastEntity {

	@Id
	Long id;

	String code;

	@AttributeOverride(name = "en", column = @Column(name = "aspect_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "aspect_fr"))
	LocalizedText aspect;

	int sortOrder;

	@OneToMany(mappedBy = "contrast")
	Set<ContrastSideEntity> sides;

	@ManyToMany
	@JoinTable(name = "contrast_source", joinColumns = @JoinColumn(name = "contrast_id"),
			inverseJoinColumns = @JoinColumn(name = "source_id"))
	Set<SourceEntity> sources;

	Contrast toContrast() {
		Map<String, LocalizedText> bySlug = new LinkedHashMap<>();
		Map<String, LocalizedText> choices = new LinkedHashMap<>();
		this.sides.stream().sorted((a, b) -> Integer.compare(a.role.sortOrder, b.role.sortOrder)).forEach((side) -> {
			bySlug.put(side.role.slug, side.text);
			choices.put(side.role.slug, side.choice);
		});
		return new Contrast(this.code, this.aspect, Collections.unmodifiableMap(bySlug),
				Collections.unmodifiableMap(choices), SourceIds.of(this.sources));
	}

}
