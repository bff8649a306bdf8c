package com.careercompass.system.edge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.springframework.util.DigestUtils;

/**
 * Rendered pages by address and language. Every page is a pure function of its canonical
 * address and the reader's language, and the data behind it only changes with a migration
 * (that is, a restart), so a page is rendered once and then served from memory.
 * <p>
 * A Caffeine cache weighed in bytes: key, body and a fixed overhead per entry, and never
 * less than {@code maxBytes / maxEntries}, which caps the number of entries. Its
 * frequency-based admission keeps the pages people read when a flood of one-off addresses
 * passes through. Pages with a query string (results) have a half of their own: however
 * many distinct results are asked for, they cannot evict a profile or a comparison, whose
 * next reader would then wait for a render (hits never wait behind renders).
 */
final class PageCache {

	/**
	 * What an entry costs beyond its key and body: the page record, its validator and
	 * content type, Caffeine's node and the map's table slot (measured with a heap
	 * histogram, rounded up).
	 */
	static final int ENTRY_OVERHEAD = 400;

	/**
	 * Pages without a query string: a set the catalog bounds (roles, pairs, sections).
	 */
	private final Cache<String, Page> pages;

	/**
	 * Pages with one (quiz and skills results, forms filled in): as many as people
	 * answer, so they churn here and never push out the pages everybody reads.
	 */
	private final Cache<String, Page> results;

	private final long maxBytes;

	/**
	 * @param maxBytes the most the cache may weigh, half for each kind of page
	 * @param maxEntries the most entries it may hold
	 */
	PageCache(long maxBytes, int maxEntries) {
		this.maxBytes = maxBytes;
		int floor = (int) Math.max(1, maxBytes / maxEntries);
		this.pages = build(maxBytes / 2, floor);
		this.results = build(maxBytes - maxBytes / 2, floor);
	}

	private static Cache<String, Page> build(long maxBytes, int floor) {
		return Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, Page page) -> Math.max(floor, weight(key, page)))
			// Evict on the caller's thread: the bound holds the moment put returns.
			.executor(Runnable::run)
			.build();
	}

	static int weight(String key, Page page) {
		// Strings hold one byte per Latin-1 character, two otherwise: count two.
		return 2 * key.length() + page.body().length + page.etag().length() + ENTRY_OVERHEAD;
	}

	private Cache<String, Page> of(String key) {
		return (key.indexOf('?') < 0) ? this.pages : this.results;
	}

	@Nullable Page get(String key) {
		return of(key).getIfPresent(key);
	}

	void put(String key, Page page) {
		// A page a quarter of the whole cache would push out everything else.
		if (weight(key, page) <= this.maxBytes / 4) {
			of(key).put(key, page);
		}
	}

	long size() {
		this.pages.cleanUp();
		this.results.cleanUp();
		return this.pages.estimatedSize() + this.results.estimatedSize();
	}

	long weight() {
		return weight(this.pages) + weight(this.results);
	}

	private static long weight(Cache<String, Page> cache) {
		cache.cleanUp();
		return cache.policy().eviction().orElseThrow().weightedSize().orElse(0);
	}

	/**
	 * A rendered page.
	 *
	 * @param contentType its content type
	 * @param contentLanguage its language
	 * @param etag a weak validator of its bytes
	 * @param body its bytes
	 */
	record Page(String contentType, String contentLanguage, String etag, byte[] body) {

		static Page of(String contentType, String contentLanguage, byte[] body) {
			// Weak: Tomcat would not compress a response with a strong validator, as gzip
			// changes the bytes.
			return new Page(contentType, contentLanguage, "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"", body);
		}

	}

}
