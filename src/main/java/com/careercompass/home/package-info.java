/**
 * The home page: what the portal answers, where to start, and the market context both
 * roles share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home",
		allowedDependencies = { "career", "compare", "role :: views", "system :: language", "system :: web" })
@org.jspecify.annotations.NullMarked
package com.careercompass.home;
