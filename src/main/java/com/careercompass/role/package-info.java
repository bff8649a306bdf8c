/**
 * Role pages: the list of roles and each role's profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Role profiles",
		allowedDependencies = { "career", "system :: format", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.role;
