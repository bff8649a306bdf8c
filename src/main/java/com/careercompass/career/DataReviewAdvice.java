package com.careercompass.career;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the date the facts were last checked against their sources, for the
 * footer: a value stored with the data, not the build date.
 */
@ControllerAdvice
class DataReviewAdvice {

	private final CatalogService catalogs;

	DataReviewAdvice(CatalogService catalogs) {
		this.catalogs = catalogs;
	}

	@ModelAttribute("dataReviewedOn")
	String dataReviewedOn(Locale locale) {
		return LongDate.format(this.catalogs.catalog().reviewedOn(), locale);
	}

}
