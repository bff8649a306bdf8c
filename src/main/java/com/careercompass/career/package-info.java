/**
 * The career facts: roles, skills, pay, outlook and their sources, read from the database
 * into one immutable catalog.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Career facts",
		allowedDependencies = { "system :: format" })
@org.jspecify.annotations.NullMarked
package com.careercompass.career;
