/**
 * My plan: one page that gathers a quiz result, a skills-check result or both (their
 * links' parameters, nothing stored) into the lean, the skills, what to learn first, pay
 * and the way in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan",
		allowedDependencies = { "career", "learning", "quiz", "skills", "role :: views", "system :: format",
				"system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.plan;
