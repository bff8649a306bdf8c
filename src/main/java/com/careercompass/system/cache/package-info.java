/**
 * Rendered pages kept in memory, within a byte and entry budget, with ETags.
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.system.cache;
