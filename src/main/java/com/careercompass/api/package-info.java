/**
 * Open data: the versioned, read-only JSON API over the same services the pages use.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.api;
