package com.careercompass.system.edge;

import com.careercompass.system.security.SecurityHeaders;
import com.careercompass.system.web.ApiPaths;
import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers on error pages Tomcat dispatches for a request the application
 * never saw (a {@code TRACE} refused with 405, for one): Spring Security's header writer
 * does not run on error dispatches, and for such a request it never ran at all. Error
 * dispatches only; a header already written (by Spring Security, for a request that
 * passed its chain) is kept.
 */
public class ContainerErrorHeaders extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.apply(request.isSecure(), ApiPaths.path(request), response);
		chain.doFilter(request, response);
	}

}
