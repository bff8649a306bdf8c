/**
 * The quiz: statements and weights read from the database, a shape-based scorer, and
 * stateless shareable results.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.quiz;
