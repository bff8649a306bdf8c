package com.careercompass.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTests {

	@Test
	void evictsLeastRecentlyUsedPagesBeyondItsSize() {
		PageCache cache = new PageCache(400);
		cache.put("a", page(100));
		cache.put("b", page(100));
		cache.put("c", page(100));
		cache.get("a");
		cache.put("d", page(100));
		cache.put("e", page(100));
		assertThat(cache.get("b")).as("least recently used").isNull();
		assertThat(cache.get("a")).isNotNull();
		assertThat(cache.size()).isEqualTo(4);
	}

	@Test
	void refusesPagesTooLargeToShare() {
		PageCache cache = new PageCache(400);
		cache.put("big", page(101));
		assertThat(cache.get("big")).isNull();
	}

	@Test
	void sameBytesSameValidator() {
		assertThat(page(10).etag()).isEqualTo(page(10).etag()).startsWith("W/\"");
		assertThat(PageCache.Page.of("text/html", "en", new byte[] { 1 }).etag()).isNotEqualTo(page(1).etag());
	}

	private static PageCache.Page page(int size) {
		return PageCache.Page.of("text/html", "en", new byte[size]);
	}

}
