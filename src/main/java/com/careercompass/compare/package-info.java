/**
 * Side-by-side comparison of any two roles: contrasts, shared and distinct skills, pay on
 * a common scale.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.compare;
