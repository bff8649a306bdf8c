/**
 * The career facts: roles, skills, pay, outlook and their sources, read from the database
 * into one immutable catalog.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.career;
