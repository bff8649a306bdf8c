/**
 * Open data: the versioned, read-only JSON API over the same services the pages use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "JSON API",
		allowedDependencies = { "career", "compare", "jobad", "learning", "plan", "quiz", "role :: views", "skills",
				"system :: error", "system :: language", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.api;
