/**
 * The job-ad reader: which of the two jobs an ad really describes, what of the roles'
 * lists it asks for, and what a reader lacks for it (docs/job-ad.md). The ad is read in
 * memory for one request and never kept: results carry the lexicon's ids only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Job-ad reader",
		allowedDependencies = { "career", "learning", "skills", "system :: format", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.jobad;
