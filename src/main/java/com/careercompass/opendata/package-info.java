/**
 * Open data for people: CSV downloads and the page that explains the API and the licence.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Open data",
		allowedDependencies = { "career", "system :: web", "system :: format" })
@org.jspecify.annotations.NullMarked
package com.careercompass.opendata;
