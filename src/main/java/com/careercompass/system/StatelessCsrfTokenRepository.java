package com.careercompass.system;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * CSRF protection without a session or a cookie. No page of the portal changes state
 * (every form is a GET), so no page hands out a token, and no token is ever stored: a
 * POST, PUT, PATCH or DELETE can never carry a valid one and is refused. Spring's
 * session-backed repository would create a session just to store a token nobody uses.
 */
class StatelessCsrfTokenRepository implements CsrfTokenRepository {

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID().toString());
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		// Nothing is stored, on purpose: see the class comment.
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return null;
	}

}
