/**
 * The HTTP edge, whole: every servlet filter, the MVC interceptor and Tomcat's valves,
 * with the state only they use (the page cache, the render limit), registered in one
 * ordered list by {@link com.careercompass.system.edge.EdgeConfig}
 * (docs/generated/edge.md draws it). The rules they apply come from the packages that own
 * them: the language choice, the canonical address, the header values.
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.system.edge;
