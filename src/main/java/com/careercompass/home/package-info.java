/**
 * The home page: what the portal answers, where to start, and the market context both
 * roles share.
 */
@org.springframework.lang.NonNullApi
package com.careercompass.home;
