package com.careercompass.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes {@link SecurityHeaders} before anything else runs, so that no response leaves
 * without them: not the 400 of Spring Security's firewall, which refuses a request before
 * its own filters could add headers, nor a 405 for {@code TRACE}, nor an error page.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityHeaders.apply(request.isSecure(), request.getRequestURI().substring(request.getContextPath().length()),
				response);
		chain.doFilter(request, response);
	}

}
