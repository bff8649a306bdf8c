/**
 * Cross-cutting web concerns: languages, formatting, error pages and page-wide model
 * attributes.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.system;
