/**
 * The HTTP edge: one configuration class registers every servlet filter in order, the MVC
 * interceptor and Tomcat's valves (docs/generated/edge.md draws it).
 */
@org.jspecify.annotations.NullMarked
package com.careercompass.system.edge;
