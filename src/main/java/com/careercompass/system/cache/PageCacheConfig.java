package com.careercompass.system.cache;

import com.careercompass.system.config.PortalProperties;
import com.careercompass.system.error.BusyPage;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The page cache, within the budget of docs/operations.md. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PortalProperties properties) {
		PortalProperties.PageCache settings = properties.pageCache();
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(new PageCache(settings.maxSize().toBytes(), settings.maxEntries())));
		// After Spring Security's firewall, so that a page is served from memory only to
		// a request it lets through.
		registration.setOrder(0);
		// Off only to measure or test the portal without it (docs/operations.md).
		registration.setEnabled(settings.enabled());
		return registration;
	}

	/**
	 * Right after the page cache, so that only what it could not serve waits for a turn
	 * (docs/operations.md: the render bound and its measurements).
	 */
	@Bean
	FilterRegistrationBean<RenderLimitFilter> renderLimitFilter(PortalProperties properties, BusyPage busy) {
		PortalProperties.Limits limits = properties.limits();
		FilterRegistrationBean<RenderLimitFilter> registration = new FilterRegistrationBean<>(new RenderLimitFilter(
				new RenderLimit(limits.renders(), limits.renderQueue(), limits.renderWait()), busy));
		registration.setOrder(1);
		return registration;
	}

}
