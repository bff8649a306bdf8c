package com.careercompass.system;

import java.time.Duration;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	/** Named {@code localeResolver} so that the DispatcherServlet uses it. */
	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/**
	 * Named {@code messageSource}, in place of Spring Boot's: the same bundles, set in
	 * each language's typography.
	 */
	@Bean
	MessageSource messageSource() {
		return new TypographicMessageSource();
	}

	/** First of all, so that every response carries them. */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Request bodies: the sizes and times of docs/operations.md. */
	@Bean
	FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(
			@Value("${portal.limits.body-size:16KB}") DataSize bodySize,
			@Value("${portal.limits.body-deadline:10s}") Duration deadline,
			@Value("${portal.limits.body-readers:8}") int readers) {
		FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
				new RequestLimitsFilter((int) bodySize.toBytes(), deadline, readers));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** Before Spring Security and everything else that reads a parameter. */
	@Bean
	FilterRegistrationBean<CanonicalRequestFilter> canonicalRequestFilter(ObjectProvider<PageParameters> parameters) {
		FilterRegistrationBean<CanonicalRequestFilter> registration = new FilterRegistrationBean<>(
				new CanonicalRequestFilter(parameters.orderedStream().toList()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Rendered pages: the budget of docs/operations.md. */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(LocaleResolver localeResolver,
			@Value("${portal.page-cache.max-size:16MB}") DataSize maxSize,
			@Value("${portal.page-cache.max-entries:2048}") int maxEntries) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(new PageCache(maxSize.toBytes(), maxEntries), localeResolver));
		// After Spring Security's firewall, so that a page is served from memory only to
		// a
		// request it lets through.
		registration.setOrder(0);
		return registration;
	}

	/**
	 * Rewrites links to static files to their content-hashed names, which can then be
	 * cached for a year.
	 */
	@Bean
	ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
		return new ResourceUrlEncodingFilter();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(LanguageLinks.PARAM);
		interceptor.setIgnoreInvalidLocale(true);
		// The API takes ?lang= too, but never remembers it in a cookie.
		registry.addInterceptor(interceptor)
			.excludePathPatterns(ApiPaths.PATTERN, "/v3/**", "/swagger-ui/**", "/data/**");
	}

}
