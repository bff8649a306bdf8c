/**
 * Role pages: the list of roles and each role's profile.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.role;
