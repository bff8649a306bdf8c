/**
 * Cross-cutting web concerns, each in a sub-package of its own: {@code language} (which
 * language a request gets, message bundles), {@code format} (numbers, money, typography),
 * {@code web} (canonical addresses, the API's path, the base address, static files),
 * {@code cache} (rendered pages kept in memory), {@code security} (headers, firewall,
 * request limits) and {@code error} (error pages of every origin). Features may use
 * {@code language}, {@code format} and {@code web}; system depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System", allowedDependencies = {})
@org.jspecify.annotations.NullMarked
package com.careercompass.system;
