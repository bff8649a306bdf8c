package com.careercompass.system;

import java.time.Duration;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.annotation.EnableCaching;
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
@EnableCaching
class WebConfig implements WebMvcConfigurer {

	/** Named {@code localeResolver} so that the DispatcherServlet uses it. */
	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	/** Rendered pages, at most 32 MB of them. */
	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(LocaleResolver localeResolver) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(new PageCache(32L * 1024 * 1024), localeResolver));
		// After Spring Security's filters, so a page served from memory still gets every
		// security header.
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
		registry.addInterceptor(interceptor).excludePathPatterns("/api/**", "/v3/**", "/swagger-ui/**", "/data/**");
	}

}
