package com.careercompass.system.cache;

import java.time.Duration;

import com.careercompass.system.error.BusyPage;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The page cache, within the budget of docs/operations.md. */
@Configuration(proxyBeanMethods = false)
class PageCacheConfig {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(@Value("${portal.page-cache.enabled:true}") boolean enabled,
			@Value("${portal.page-cache.max-size:16MB}") DataSize maxSize,
			@Value("${portal.page-cache.max-entries:2048}") int maxEntries) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(new PageCache(maxSize.toBytes(), maxEntries)));
		// After Spring Security's firewall, so that a page is served from memory only to
		// a request it lets through.
		registration.setOrder(0);
		// Off only to measure or test the portal without it (docs/operations.md).
		registration.setEnabled(enabled);
		return registration;
	}

	/**
	 * Right after the page cache, so that only what it could not serve waits for a turn
	 * (docs/operations.md: the render bound and its measurements).
	 */
	@Bean
	FilterRegistrationBean<RenderLimitFilter> renderLimitFilter(@Value("${portal.limits.renders:2}") int renders,
			@Value("${portal.limits.render-queue:32}") int queue,
			@Value("${portal.limits.render-wait:5s}") Duration wait, BusyPage busy) {
		FilterRegistrationBean<RenderLimitFilter> registration = new FilterRegistrationBean<>(
				new RenderLimitFilter(new RenderLimit(renders, queue, wait), busy));
		registration.setOrder(1);
		return registration;
	}

}
