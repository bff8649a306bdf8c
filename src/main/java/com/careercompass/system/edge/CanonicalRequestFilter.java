package com.careercompass.system.edge;

import com.careercompass.system.web.PageParameters;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.CanonicalRequest;
import com.careercompass.system.web.PathSpelling;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the application a {@link CanonicalRequest}: only the parameters its handler reads
 * ({@link HandlerParameters}), from the query string only. The OpenAPI document, the API
 * explorer and the actuator read none: Tomcat's own parameter parser, which logs what it
 * cannot decode and throws past 64 parameters, is never reached. Redirects keep the
 * address they were given ({@link RelativeRedirects}). A page read under any spelling but
 * its canonical one ({@link PathSpelling}) is redirected there for good (301), with its
 * known parameters only: a page is rendered, cached and indexed under one address, and no
 * spelling a client invents can take a place of its own in the page cache.
 */
public class CanonicalRequestFilter extends OncePerRequestFilter {

	private final Supplier<List<PageParameters>> declared;

	/**
	 * Reads the declarations at the first request, once. Some are read from services that
	 * need the database, and a filter is made while the web server starts: read then, the
	 * connection pool would start on the server's thread and its housekeeping thread
	 * would keep the web application's class loader, which Tomcat reports as a leak at
	 * every stop.
	 */
	public CanonicalRequestFilter(Supplier<List<PageParameters>> declared) {
		this.declared = SingletonSupplier.of(() -> List.copyOf(declared.get()));
	}

	/** Error pages link to the failed page in each language: its parameters count. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = ApiPaths.path(request);
		if (request.getDispatcherType() == DispatcherType.REQUEST && isRead(request)) {
			String canonical = PathSpelling.canonical(PathSpelling.decoded(request));
			if (!canonical.equals(path) && ApiPaths.isPage(canonical)) {
				String query = CanonicalRequest.of(request, known(canonical)).getQueryString();
				response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
				response.setHeader(HttpHeaders.LOCATION,
						request.getContextPath() + canonical + ((query != null) ? "?" + query : ""));
				return;
			}
		}
		chain.doFilter(CanonicalRequest.of(request, known(path)), new RelativeRedirects(response));
	}

	private static boolean isRead(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
	}

	Set<String> known(String path) {
		Set<String> names = new HashSet<>();
		for (PageParameters parameters : this.declared.get()) {
			if (parameters.matches(path)) {
				names.addAll(parameters.names());
			}
		}
		return names;
	}

}
