/**
 * The sources page: each article, the facts drawn from it, and the editorial notes on
 * repaired figures.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.source;
