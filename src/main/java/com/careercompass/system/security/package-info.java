/**
 * Security headers on every response, Spring Security's firewall, and bounded request
 * bodies.
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.system.security;
