package com.careercompass.system.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says which parameters a handler reads when it reads its query as a whole (from the
 * request, or through a {@code @RequestParam} map) rather than by named
 * {@code @RequestParam}s. Without it such a handler stops the application at start
 * ({@link HandlerParameters#check}): a parameter its address does not accept would reach
 * it as null, silently. On a class, it applies to every handler of the class.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ReadsQuery {

	/**
	 * Parameter names known when the code is written.
	 * @return the names
	 */
	String[] value() default {};

	/**
	 * Beans that know a link format's names (those that depend on data).
	 * @return the formats
	 */
	Class<? extends LinkFormat>[] formats() default {};

}
