/**
 * Error pages of every origin: the portal's, Spring Security's firewall, Tomcat's own;
 * and the API's error texts ({@link com.careercompass.system.error.ProblemTexts}), which
 * the API's own handlers use too.
 */
@org.springframework.modulith.NamedInterface("error")
@org.jspecify.annotations.NullMarked
package com.careercompass.system.error;
