package com.careercompass.system.edge;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.careercompass.system.error.BusyPage;
import com.careercompass.system.web.ApiPaths;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds every response that is rendered, not served from memory, to a
 * {@link RenderLimit}: pages the cache does not hold yet, the API, the OpenAPI document.
 * Static files, the explorer's files and the health probes are not renders and pass
 * freely; so do error pages, which must be able to say "busy". The overflow gets
 * {@code 503} with {@code Retry-After: 1}: the localized error page, or problem+json
 * under {@code /api/}.
 */
public class RenderLimitFilter extends OncePerRequestFilter {

	private final RenderLimit limit;

	private final BusyPage busy;

	RenderLimitFilter(RenderLimit limit, BusyPage busy) {
		this.limit = limit;
		this.busy = busy;
	}

	/**
	 * The filter with the render limits of the settings.
	 * @param limits the settings
	 * @param busy the page a request that cannot wait gets
	 * @return the filter
	 */
	public static RenderLimitFilter of(com.careercompass.system.config.PortalProperties.Limits limits, BusyPage busy) {
		return new RenderLimitFilter(new RenderLimit(limits.renders(), limits.renderQueue(), limits.renderWait()),
				busy);
	}

	RenderLimit limit() {
		return this.limit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean file = path.lastIndexOf('.') > path.lastIndexOf('/') && !path.startsWith(ApiPaths.PREFIX);
		return file || path.startsWith("/actuator") || path.startsWith(ApiPaths.EXPLORER);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.limit.acquire()) {
			this.busy.send(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.limit.release();
		}
	}

}
