package com.careercompass.system.edge;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;

/**
 * Redirects whose {@code Location} is the address the portal gave, as it gave it. The
 * servlet container turns a relative address into an absolute one built from the
 * request's {@code Host} (always for HTTP/1.0, where {@code use-relative-redirects} does
 * not apply), and any client can set that header. A relative {@code Location} is valid
 * HTTP (RFC 9110) and every browser follows it.
 */
final class RelativeRedirects extends HttpServletResponseWrapper {

	RelativeRedirects(HttpServletResponse response) {
		super(response);
	}

	@Override
	public void sendRedirect(String location) {
		sendRedirect(location, SC_FOUND, true);
	}

	@Override
	public void sendRedirect(String location, boolean clearBuffer) {
		sendRedirect(location, SC_FOUND, clearBuffer);
	}

	@Override
	public void sendRedirect(String location, int sc) {
		sendRedirect(location, sc, true);
	}

	@Override
	public void sendRedirect(String location, int sc, boolean clearBuffer) {
		if (isCommitted()) {
			throw new IllegalStateException("The response is already committed");
		}
		if (clearBuffer) {
			resetBuffer();
		}
		setStatus(sc);
		setHeader(HttpHeaders.LOCATION, location);
	}

}
