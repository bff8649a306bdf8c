/**
 * The skills check: how much of each role's listed skills a person already has, overall
 * and by kind, and what to learn first, from a stateless, shareable address.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Skills check",
		allowedDependencies = { "career", "learning", "system :: format", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.skills;
