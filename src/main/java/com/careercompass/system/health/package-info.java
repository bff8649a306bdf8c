/**
 * What an operator asks an instance: its health (the connector accepting, the database
 * reachable, checked in the background) and the start-up line saying where it answers.
 * Apart from the request plumbing in {@code system.web}.
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.system.health;
