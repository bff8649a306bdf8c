package com.careercompass.browser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What "fits" means for a page laid out at a given width: the checks the sweeps share.
 */
final class Fits {

	private Fits() {
	}

	/**
	 * Nothing wider than the viewport, nothing sticking out to the right, and on a phone
	 * no word broken across two lines.
	 * @param browser the browser showing the page
	 * @param what the page and width, for the failure message
	 * @param width the viewport's width in CSS pixels
	 */
	static void assertFits(Browser browser, String what, int width) {
		Number scrollWidth = (Number) browser.driver.executeScript("return document.documentElement.scrollWidth;");
		assertThat(scrollWidth.intValue()).as(what).isLessThanOrEqualTo(width);
		@SuppressWarnings("unchecked")
		List<String> clipped = (List<String>) browser.driver.executeScript("""
				return [...document.querySelectorAll('main *')]
					.filter((e) => e.getClientRects().length && e.getBoundingClientRect().right > innerWidth + 1)
					.map((e) => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40));""");
		assertThat(clipped).as(what + ": nothing sticks out to the right").isEmpty();
		if (width <= 390) {
			assertThat(splitWords(browser)).as(what + ": no word broken across two lines").isEmpty();
		}
	}

	/**
	 * Words of the page's text broken across two lines (a link once read "à pa / rtager"
	 * on a phone): each word's boxes must share one line. Words that may break where a
	 * reader expects it (at a hyphen or slash), addresses and parameters
	 * ({@code ?lang=fr}), tokens too long for a phone's line, code, drawings and text
	 * hidden for screen readers only are left out.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> splitWords(Browser browser) {
		return (List<String>) browser.driver.executeScript(
				"""
						const out = [];
						const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
						const range = document.createRange();
						while (walker.nextNode()) {
							const node = walker.currentNode;
							const parent = node.parentElement;
							if (!parent || parent.closest('code, pre, svg, .visually-hidden') || !parent.getClientRects().length) {
								continue;
							}
							const words = /\\S+/g;
							let m;
							while ((m = words.exec(node.data))) {
								const word = m[0];
								if (word.length > 20 || /[-‐‑–—\\/?=&]/.test(word)) {
									continue;
								}
								range.setStart(node, m.index);
								range.setEnd(node, m.index + word.length);
								const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
								if (lines.size > 1) {
									out.push(word + ' in ' + parent.tagName + '.' + parent.className);
								}
							}
						}
						return out.slice(0, 20);""");
	}

}
