/**
 * The portal's own settings ({@code portal.*}), bound once and checked at start.
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.system.config;
