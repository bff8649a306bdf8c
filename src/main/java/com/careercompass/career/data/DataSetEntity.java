package com.careercompass.career.data;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Facts about the data set as a whole: one row. */
@Entity
@Immutable
@Table(name = "data_set")
class DataSetEntity {

	@Id
	Integer id;

	LocalDate reviewedOn;

}
