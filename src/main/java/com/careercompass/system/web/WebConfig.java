package com.careercompass.system.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

	/** Handlers opt in to the page cache ({@link CachedPage}). */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CachedPageInterceptor());
	}

	/** Before Spring Security and everything else that reads a parameter. */
	@Bean
	FilterRegistrationBean<CanonicalRequestFilter> canonicalRequestFilter(ObjectProvider<PageParameters> parameters,
			ObjectProvider<HandlerParameters> derived) {
		FilterRegistrationBean<CanonicalRequestFilter> registration = new FilterRegistrationBean<>(
				new CanonicalRequestFilter(() -> {
					List<PageParameters> declared = new ArrayList<>(parameters.orderedStream().toList());
					derived.orderedStream().forEach((handlers) -> declared.addAll(handlers.declarations()));
					return declared;
				}));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
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

}
