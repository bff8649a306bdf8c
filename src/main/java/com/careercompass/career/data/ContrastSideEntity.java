package com.careercompass.career.data;

import java.io.Serializable;

import com.careercompass.career.LocalizedText;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

@Entity
@Immutable
@Table(name = "contrast_side")
class ContrastSideEntity {

	@EmbeddedId
	Key key;

	@MapsId("contrastId")
	@ManyToOne(optional = false)
	@JoinColumn(name = "contrast_id")
	ContrastEntity contrast;

	@MapsId("roleId")
	@ManyToOne(optional = false)
	@JoinColumn(name = "role_id")
	RoleEntity role;

	@AttributeOverride(name = "en", column = @Column(name = "text_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "text_fr"))
	LocalizedText text;

	@AttributeOverride(name = "en", column = @Column(name = "choose_en"))
	@AttributeOverride(name = "fr", column = @Column(name = "choose_fr"))
	LocalizedText choice;

	@Embeddable
	record Key(Long contrastId, Long roleId) implements Serializable {
	}

}
