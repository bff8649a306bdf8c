package com.careercompass.jobad;

import java.util.List;
import java.util.Locale;
import com.careercompass.skills.Ticks;

/**
 * What a CV's text told of the reader's skills, before the skills check opens with them
 * ticked for review.
 *
 * @param skills each listed skill recognised, with the words that matched and why
 * @param skillsCheck the skills check's form, those skills ticked
 */
public record CvView(List<JobAdView.Found> skills, String skillsCheck) {

	static CvView of(com.careercompass.career.Catalog catalog, AdReading reading, Locale locale) {
		return new CvView(JobAdView.bySkill(catalog, reading, locale),
				JobAdController.skillsForm(Ticks.of(reading.skillIds(), List.of())));
	}

}
