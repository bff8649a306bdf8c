/**
 * The security headers' values and Spring Security's chains (its firewall and header
 * writers); the edge places the chain first and applies the same values where the chain
 * never runs.
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.system.security;
