/**
 * Side-by-side comparison of any two roles: contrasts, shared and distinct skills, pay on
 * a common scale.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comparison",
		allowedDependencies = { "career", "learning", "role :: views", "system :: format", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.compare;
