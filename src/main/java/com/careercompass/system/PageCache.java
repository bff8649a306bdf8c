package com.careercompass.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.util.DigestUtils;

/**
 * Rendered pages by address and language. Every page is a pure function of its address
 * and the reader's language, and the data behind it only changes with a migration (that
 * is, a restart), so a page is rendered once and then served from memory. Bounded by
 * total size, least recently used first out.
 */
final class PageCache {

	private final long maxBytes;

	private long bytes;

	private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);

	PageCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	synchronized Page get(String key) {
		return this.pages.get(key);
	}

	synchronized void put(String key, Page page) {
		if (page.body().length > this.maxBytes / 4) {
			return;
		}
		Page previous = this.pages.put(key, page);
		this.bytes += page.body().length - ((previous != null) ? previous.body().length : 0);
		var eldest = this.pages.entrySet().iterator();
		while (this.bytes > this.maxBytes && eldest.hasNext()) {
			Map.Entry<String, Page> entry = eldest.next();
			this.bytes -= entry.getValue().body().length;
			eldest.remove();
		}
	}

	synchronized int size() {
		return this.pages.size();
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
