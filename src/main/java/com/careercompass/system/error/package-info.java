/**
 * Error pages: the portal's controller, the busy page, the one template and the words of
 * each status ({@link com.careercompass.system.error.ErrorPage}, which the edge's
 * last-resort valve renders for what Tomcat answers alone); and the API's error texts
 * ({@link com.careercompass.system.error.ProblemTexts}), which the API's own handlers use
 * too.
 */
@org.springframework.modulith.NamedInterface("error")
@org.jspecify.annotations.NullMarked
package com.careercompass.system.error;
