package com.careercompass.career.data;

import com.careercompass.career.LocalizedText;

import org.jspecify.annotations.Nullable;

/**
 * Hibernate maps an embedded value whose columns are all null to an empty or null
 * instance; the catalog uses null.
 */
final class Texts {

	private Texts() {
	}

	static @Nullable LocalizedText orNull(@Nullable LocalizedText text) {
		return (text == null || text.en() == null) ? null : text;
	}

}
