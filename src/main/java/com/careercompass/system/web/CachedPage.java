package com.careercompass.system.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page handler whose successful HTML response may be kept in memory and served again to
 * every reader of the same canonical address and language (the page cache,
 * docs/operations.md). Only a page that depends on nothing but its address, its declared
 * parameters and the language may say so; a handler without it is rendered every time, so
 * a new handler is never cached by accident.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CachedPage {

	/** The request attribute that carries the opt-in to the page cache. */
	String ATTRIBUTE = CachedPage.class.getName();

}
