/**
 * Error pages of every origin: the portal's, Spring Security's firewall, Tomcat's own.
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.system.error;
