/**
 * The sources page: each article, the facts drawn from it, and the editorial notes on
 * repaired figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sources",
		allowedDependencies = { "career", "system :: format", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.source;
