package com.careercompass.system.edge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Valve;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;

import com.careercompass.support.GeneratedDoc;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain a request meets, listed from the running application (every servlet filter
 * registered, Spring's own among ours, in order; the MVC interceptors; Tomcat's valves),
 * written to docs/generated/edge.md and compared with it; ours in the order
 * {@link EdgeConfig.Position} names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeChainTests {

	static final Path DOC = Path.of("docs/generated/edge.md");

	@Autowired
	List<AbstractFilterRegistrationBean<?>> filters;

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	List<SecurityFilterChain> securityChains;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlers;

	@Test
	void theChainIsTheOneDrawnAndOursAreInTheirNamedOrder() throws Exception {
		List<AbstractFilterRegistrationBean<?>> chain = this.filters.stream()
			.filter(AbstractFilterRegistrationBean::isEnabled)
			.sorted(Comparator.comparingInt(AbstractFilterRegistrationBean::getOrder))
			.toList();
		StringBuilder doc = new StringBuilder(GeneratedDoc.banner("EdgeChainTests"));
		doc.append("# The HTTP edge\n\n");
		doc.append("What a request meets, in order, as the running application registers it (`EdgeConfig` "
				+ "registers ours; `EdgeConfig.Position` names their places).\n\n");
		doc.append("## Tomcat's valves\n\n");
		Tomcat tomcat = ((TomcatWebServer) this.context.getWebServer()).getTomcat();
		doc.append(valves("engine", tomcat.getEngine().getPipeline().getValves()));
		doc.append(valves("host", tomcat.getHost().getPipeline().getValves()));
		doc.append("\n## Servlet filters\n\n| # | filter | order | addresses | dispatches |\n|---|---|---|---|---|\n");
		int n = 1;
		for (AbstractFilterRegistrationBean<?> registration : chain) {
			doc.append("| %d | %s | %s | %s | %s |\n"
				.formatted(
						n++, name(registration), order(registration.getOrder()), registration.getUrlPatterns().isEmpty()
								? "every" : String.join(", ", registration.getUrlPatterns()),
						dispatches(registration)));
		}
		doc.append("\n## Spring Security's chains, first match wins\n\n");
		for (SecurityFilterChain security : this.securityChains) {
			doc.append("- %s: %s\n".formatted(
					(security instanceof DefaultSecurityFilterChain d) ? "`" + d.getRequestMatcher() + "`" : "?",
					security.getFilters()
						.stream()
						.map((f) -> f.getClass().getSimpleName())
						.collect(java.util.stream.Collectors.joining(", "))));
		}
		doc.append("\n## Interceptors of Spring MVC's handlers\n\n");
		for (HandlerInterceptor interceptor : interceptors()) {
			doc.append("- `%s`\n".formatted(interceptor.getClass().getSimpleName()));
		}
		GeneratedDoc.check(DOC, "EdgeChainTests", doc.toString());

		List<String> ours = chain.stream()
			.filter((r) -> r instanceof FilterRegistrationBean<?> f
					&& f.getFilter().getClass().getPackageName().startsWith("com.careercompass")
					|| r instanceof DelegatingFilterProxyRegistrationBean)
			.map(EdgeChainTests::name)
			.toList();
		assertThat(ours).as("our filters and Spring Security's chain, in the positions' order")
			.containsSubsequence("Spring Security (springSecurityFilterChain)", "RequestLimitsFilter",
					"CanonicalRequestFilter", "RequestLanguageFilter", "PageCacheFilter", "RenderLimitFilter");
	}

	/** The interceptors a page's handler runs with. */
	private List<HandlerInterceptor> interceptors() throws Exception {
		return java.util.Objects
			.requireNonNull(
					this.handlers.getHandler(new org.springframework.mock.web.MockHttpServletRequest("GET", "/roles")))
			.getInterceptorList()
			.stream()
			.map((i) -> (i instanceof MappedInterceptor m) ? m.getInterceptor() : i)
			.filter((i) -> i.getClass().getPackageName().startsWith("com.careercompass"))
			.toList();
	}

	private static String valves(String where, Valve[] valves) {
		return java.util.Arrays.stream(valves)
			.filter((v) -> v.getClass().getPackageName().startsWith("com.careercompass"))
			.map((v) -> "- %s: `%s`\n".formatted(where, v.getClass().getSimpleName()))
			.collect(Collectors.joining());
	}

	private static String name(AbstractFilterRegistrationBean<?> registration) {
		if (registration instanceof FilterRegistrationBean<?> f) {
			return f.getFilter().getClass().getSimpleName();
		}
		if (registration instanceof DelegatingFilterProxyRegistrationBean d) {
			return "Spring Security (" + d.getFilterName() + ")";
		}
		return registration.getFilterName();
	}

	private static String order(int order) {
		if (order < Integer.MIN_VALUE + 1000) {
			return "first + " + (order - Integer.MIN_VALUE);
		}
		return (order > Integer.MAX_VALUE - 1000) ? "last" : Integer.toString(order);
	}

	private static String dispatches(AbstractFilterRegistrationBean<?> registration) {
		java.util.EnumSet<DispatcherType> types = registration.determineDispatcherTypes();
		return types.stream().map((t) -> t.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining(", "));
	}

}
