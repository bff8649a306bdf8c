package com.careercompass.system.edge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTests {

	@Test
	void weighsKeyBodyAndOverheadNeverLessThanItsShareOfTheEntryCap() {
		PageCache.Page page = page(1000);
		assertThat(PageCache.weight("k".repeat(100), page))
			.isEqualTo(200 + 1000 + page.etag().length() + PageCache.ENTRY_OVERHEAD);
		PageCache cache = new PageCache(1_000_000, 10);
		for (int i = 0; i < 100; i++) {
			cache.put("tiny " + i, page(1));
		}
		assertThat(cache.size()).as("entries capped by maxBytes / maxEntries").isLessThanOrEqualTo(10);
		assertThat(cache.weight()).isLessThanOrEqualTo(1_000_000);
	}

	@Test
	void aFloodOfHugeKeysStaysWithinTheByteBound() {
		PageCache cache = new PageCache(1_000_000, 1_000);
		String longTail = "A".repeat(16_000);
		for (int i = 0; i < 5_000; i++) {
			cache.put("/roles?x=" + i + "&y=" + longTail, page(3_800));
		}
		assertThat(cache.weight()).as("keys count, not just bodies").isLessThanOrEqualTo(1_000_000);
		assertThat(cache.size()).isLessThanOrEqualTo(1_000_000 / (32_000 + 3_800));
	}

	@Test
	void keepsPagesPeopleReadWhileAFloodOfOneOffAddressesPassesThrough() {
		// Room for 20 pages; between two reads of the popular pages, 50 one-off pages
		// arrive: a least-recently-used cache would have lost every popular page each
		// time.
		PageCache cache = new PageCache(100_000, 100);
		int misses = 0;
		int reads = 0;
		for (int round = 0; round < 200; round++) {
			for (int p = 0; p < 5; p++) {
				reads++;
				if (cache.get("popular " + p) == null) {
					misses++;
					cache.put("popular " + p, page(4_000));
				}
			}
			for (int i = 0; i < 50; i++) {
				String oneOff = "one-off " + round + " " + i;
				if (cache.get(oneOff) == null) {
					cache.put(oneOff, page(4_000));
				}
			}
		}
		assertThat(misses).as("popular pages missed, of %d reads", reads).isLessThan(reads / 10);
	}

	@Test
	void aFloodOfDistinctResultsNeverEvictsAPageWithoutAQuery() {
		PageCache cache = new PageCache(1_000_000, 100);
		for (int p = 0; p < 20; p++) {
			cache.put("en /compare/pair-" + p, page(20_000));
		}
		for (int i = 0; i < 5_000; i++) {
			cache.put("en /skills-check/result?v=3&have=" + Integer.toString(i, 36), page(30_000));
		}
		for (int p = 0; p < 20; p++) {
			assertThat(cache.get("en /compare/pair-" + p)).as("pair " + p).isNotNull();
		}
		assertThat(cache.weight()).isLessThanOrEqualTo(1_000_000);
	}

	@Test
	void refusesPagesTooLargeToShare() {
		PageCache cache = new PageCache(40_000, 10);
		cache.put("big", page(10_001));
		assertThat(cache.get("big")).isNull();
		cache.put("fits", page(5_000));
		assertThat(cache.get("fits")).isNotNull();
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
