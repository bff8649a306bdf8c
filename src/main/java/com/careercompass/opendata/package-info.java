/**
 * Open data for people: CSV downloads and the page that explains the API and the licence.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.opendata;
