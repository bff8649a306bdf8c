package com.careercompass.system.edge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import org.thymeleaf.ITemplateEngine;

import com.careercompass.system.edge.PageCacheFilter;
import com.careercompass.system.edge.RenderLimitFilter;
import com.careercompass.system.config.PortalProperties;
import com.careercompass.system.error.BusyPage;
import com.careercompass.system.edge.LastResortErrorValve;
import com.careercompass.system.error.ProblemTexts;
import com.careercompass.system.language.LanguageLinks;
import com.careercompass.system.edge.RequestLanguageFilter;
import com.careercompass.system.edge.RequestLimitsFilter;
import com.careercompass.system.security.SecurityChains;
import com.careercompass.system.edge.ContainerErrorHeaders;
import com.careercompass.system.edge.FirewallRejections;
import com.careercompass.system.edge.ServerWideOptionsHeaders;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.edge.CachedPageInterceptor;
import com.careercompass.system.edge.CanonicalRequestFilter;
import com.careercompass.system.web.HandlerParameters;
import com.careercompass.system.web.HandlerParametersCheck;
import com.careercompass.system.web.PageParameters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.handler.MappedInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The HTTP edge in one place: every servlet filter of ours in the order a request meets
 * them ({@link Position}), Spring Security's chain among them, the MVC interceptor, and
 * Tomcat's valves and connector setting. Each filter lives with what it serves (the page
 * cache's filter beside the cache); only this class registers them.
 * docs/generated/edge.md draws the chain as the running application has it
 * ({@code EdgeChainTests}).
 */
@Configuration(proxyBeanMethods = false)
@Import({ SecurityChains.class, HandlerParametersCheck.class })
public class EdgeConfig {

	/** The servlet filters of ours, in the order a request meets them. */
	enum Position {

		/**
		 * Spring Security: its firewall, and its header writers around everything after
		 * it.
		 */
		SPRING_SECURITY(Stage.BEFORE_SPRING),

		/**
		 * The same headers on error pages Tomcat dispatches for requests the chain never
		 * saw.
		 */
		CONTAINER_ERROR_HEADERS(Stage.BEFORE_SPRING),

		/** Request bodies: their size and time, and how many are read at once. */
		REQUEST_LIMITS(Stage.BEFORE_SPRING),

		/** Only the parameters an address accepts, before anything reads one. */
		CANONICAL_REQUEST(Stage.BEFORE_SPRING),

		/** The request's language, chosen once, before anything reads a locale. */
		LANGUAGE(Stage.BEFORE_SPRING),

		/** Pages served from memory, after the firewall let the request through. */
		PAGE_CACHE(Stage.AFTER_SPRING),

		/**
		 * Renders at once; the rest wait for a turn or get 503: only what the cache could
		 * not serve.
		 */
		RENDER_LIMIT(Stage.AFTER_SPRING),

		/** ETag and 304 for the API and the CSV files. */
		API_ETAG(Stage.AFTER_SPRING),

		/**
		 * Links to static files rewritten to their content-hashed names (cached for a
		 * year), innermost: what the page cache keeps is already rewritten.
		 */
		RESOURCE_URLS(Stage.AFTER_SPRING);

		private final Stage stage;

		Position(Stage stage) {
			this.stage = stage;
		}

		/** The filter order this position has: its place among Spring's own filters. */
		int order() {
			int index = 0;
			for (Position p : values()) {
				if (p == this) {
					break;
				}
				index += (p.stage == this.stage) ? 1 : 0;
			}
			return this.stage.first + index;
		}

	}

	/**
	 * Where a group of positions sits among Spring's own filters: before its request
	 * context (Spring Security's chain first of all), or after all of them.
	 */
	enum Stage {

		/** Right after the character encoding, before Spring's request context. */
		BEFORE_SPRING(Ordered.HIGHEST_PRECEDENCE + 1),

		/** After everything of Spring's. */
		AFTER_SPRING(0);

		private final int first;

		Stage(int first) {
			this.first = first;
		}

	}

	/**
	 * The firewall's refusals: the chain's headers, then the canonical request (another
	 * spelling of a page is sent to its one address), else the portal's 400 page.
	 */
	@Bean
	static FirewallRejections firewallRejections(ObjectProvider<SecurityFilterChain> chains,
			ObjectProvider<FilterRegistrationBean<CanonicalRequestFilter>> canonical) {
		return new FirewallRejections(() -> chains.orderedStream().toList(),
				() -> List.of(canonical.getObject().getFilter()));
	}

	/**
	 * Spring Security's chain is the outermost filter of ours ({@link Position}): its
	 * header writers wrap every response the application gives, the refusals of the
	 * filters after it included.
	 */
	@Bean
	static BeanPostProcessor securityChainPosition() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof DelegatingFilterProxyRegistrationBean registration) {
					registration.setOrder(Position.SPRING_SECURITY.order());
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<ContainerErrorHeaders> containerErrorHeaders() {
		return register(new ContainerErrorHeaders(), Position.CONTAINER_ERROR_HEADERS, DispatcherType.ERROR);
	}

	@Bean
	FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(PortalProperties properties) {
		return register(RequestLimitsFilter.of(properties.limits()), Position.REQUEST_LIMITS, DispatcherType.REQUEST);
	}

	/**
	 * Each address accepts what its handlers read (their named {@code @RequestParam}s and
	 * the link formats their {@code @ReadsQuery} names), read at the first request, and
	 * {@code ?lang=} everywhere. Read then, not now: some formats come from services that
	 * need the database, and a filter is made while the web server starts.
	 */
	@Bean
	FilterRegistrationBean<CanonicalRequestFilter> canonicalRequestFilter(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> handlers,
			ApplicationContext context) {
		return register(new CanonicalRequestFilter(() -> {
			List<PageParameters> accepted = new ArrayList<>(
					HandlerParameters.of(handlers.getObject().getHandlerMethods(), context::getBean).declarations());
			accepted.add(PageParameters.of("/**", Set.of(LanguageLinks.PARAM)));
			return accepted;
		}), Position.CANONICAL_REQUEST, DispatcherType.REQUEST, DispatcherType.ERROR);
	}

	@Bean
	FilterRegistrationBean<RequestLanguageFilter> requestLanguageFilter() {
		return register(new RequestLanguageFilter(), Position.LANGUAGE, DispatcherType.REQUEST, DispatcherType.ERROR);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PortalProperties properties) {
		FilterRegistrationBean<PageCacheFilter> registration = register(PageCacheFilter.of(properties.pageCache()),
				Position.PAGE_CACHE, DispatcherType.REQUEST);
		// Off only to measure or test the portal without it (docs/operations.md).
		registration.setEnabled(properties.pageCache().enabled());
		return registration;
	}

	@Bean
	FilterRegistrationBean<RenderLimitFilter> renderLimitFilter(PortalProperties properties, BusyPage busy) {
		return register(RenderLimitFilter.of(properties.limits(), busy), Position.RENDER_LIMIT, DispatcherType.REQUEST);
	}

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
		// Weak: Tomcat does not compress a response with a strong validator (gzip changes
		// its bytes), and JSON compresses well.
		filter.setWriteWeakETag(true);
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = register(filter, Position.API_ETAG,
				DispatcherType.REQUEST);
		registration.addUrlPatterns(ApiPaths.PREFIX + "*", "/data/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		return register(new ResourceUrlEncodingFilter(), Position.RESOURCE_URLS, DispatcherType.REQUEST);
	}

	/**
	 * Handlers opt in to the page cache ({@code @CachedPage}); Spring MVC adds a mapped
	 * interceptor bean to every handler mapping.
	 */
	@Bean
	MappedInterceptor cachedPageInterceptor() {
		return new MappedInterceptor(null, new CachedPageInterceptor());
	}

	/**
	 * Tomcat: an encoded slash reaches Spring Security's firewall (which refuses it with
	 * the portal's own 400 page); the last-resort page, for requests Tomcat cannot even
	 * parse, is the portal's template with every security header; and the headers on
	 * Tomcat's own answer to {@code OPTIONS *}.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> tomcatEdge(ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<ProblemTexts> texts) {
		return (factory) -> {
			factory.addConnectorCustomizers((connector) -> connector.setEncodedSolidusHandling("passthrough"));
			factory.addContextCustomizers((context) -> context.getParent()
				.getPipeline()
				.addValve(
						new LastResortErrorValve(templates::getObject, context::getServletContext, texts::getObject)));
			factory.addEngineValves(new ServerWideOptionsHeaders());
		};
	}

	private static <F extends jakarta.servlet.Filter> FilterRegistrationBean<F> register(F filter, Position position,
			DispatcherType... dispatch) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(position.order());
		registration.setDispatcherTypes(dispatch[0], java.util.Arrays.copyOfRange(dispatch, 1, dispatch.length));
		return registration;
	}

}
