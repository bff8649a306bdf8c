package com.careercompass.system.edge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * The one handler of Spring Security's firewall refusals. The request never reached its
 * chain, so the chain's own header writer (the {@code headers()} configuration of the
 * chain the address belongs to) runs first; then the filters the refusal must still meet
 * (the canonical request's, which sends another spelling of a page, such as
 * {@code /roles;x=1} or {@code /./roles}, to its one address for good); then, if none
 * answered, the portal's localized 400 page (an error dispatch). Nothing is logged: a
 * refused address is the client's mistake, not ours.
 */
public final class FirewallRejections implements RequestRejectedHandler {

	private final Supplier<List<SecurityFilterChain>> chains;

	private final Supplier<List<Filter>> before;

	/**
	 * @param chains the application's security chains, read at the first refusal (they
	 * are built after this handler)
	 * @param before the filters a refusal meets before its 400, in order
	 */
	public FirewallRejections(Supplier<List<SecurityFilterChain>> chains, Supplier<List<Filter>> before) {
		this.chains = chains;
		this.before = before;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException refused)
			throws IOException, ServletException {
		HeaderWriterFilter headers = this.chains.get()
			.stream()
			.filter((chain) -> chain.matches(request))
			.findFirst()
			.flatMap((chain) -> chain.getFilters()
				.stream()
				.filter(HeaderWriterFilter.class::isInstance)
				.map(HeaderWriterFilter.class::cast)
				.findFirst())
			.orElseThrow(() -> new IllegalStateException("No security chain writes headers for this address"));
		List<Filter> filters = new ArrayList<>();
		filters.add(headers);
		filters.addAll(this.before.get());
		chain(filters, 0).doFilter(request, response);
	}

	private static FilterChain chain(List<Filter> filters, int next) {
		return (request, response) -> {
			if (next == filters.size()) {
				((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST);
			}
			else {
				filters.get(next).doFilter(request, response, chain(filters, next + 1));
			}
		};
	}

}
