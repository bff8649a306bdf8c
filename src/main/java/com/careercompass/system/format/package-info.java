/**
 * How numbers, amounts, dates and French punctuation are written on pages.
 */
@org.springframework.modulith.NamedInterface("format")
@org.jspecify.annotations.NullMarked
package com.careercompass.system.format;
