/**
 * The learning route: what a person lacks for a role, in stages, with families of skills
 * counted once, a free place to start and a piece of work that shows each step.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Learning route",
		allowedDependencies = { "career", "role :: views", "system :: format", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.learning;
