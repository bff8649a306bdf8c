/**
 * The quiz: statements and weights read from the database, a shape-based scorer, and
 * stateless shareable results.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quiz",
		allowedDependencies = { "career", "learning", "system :: format", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.quiz;
