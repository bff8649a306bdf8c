package com.careercompass.browser;

import java.util.stream.Stream;

import com.careercompass.support.Pages;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page fits a phone, a tablet and a desktop in both languages, with its details
 * closed and open: nothing wider than the screen, nothing sticking out, no word broken on
 * a phone. Each page is checked in a browser of its own, two at a time, like the
 * accessibility sweep.
 */
class BrowserWidthTests extends BrowserTestSupport {

	private static final int[] WIDTHS = { 320, 390, 768, 1366 };

	static Stream<Arguments> pages() {
		return Pages.ALL.stream().flatMap((page) -> Stream.of("en", "fr").map((lang) -> Arguments.of(page, lang)));
	}

	// On the method, not the class, as in AccessibilityTests.
	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("pages")
	void noPageIsWiderThanTheScreen(String page, String language) throws Exception {
		withOwnBrowser((browser) -> {
			try {
				for (int width : WIDTHS) {
					browser.viewport(width, 800);
					browser.driver.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
					Fits.assertFits(browser, page + " at " + width + " px", width);
					Number opened = (Number) browser.driver.executeScript(
							"const d = document.querySelectorAll('details'); d.forEach((e) => e.open = true); return d.length;");
					if (opened.intValue() > 0) {
						Fits.assertFits(browser, page + " at " + width + " px, details open", width);
					}
				}
			}
			finally {
				browser.desktop();
			}
		});
	}

}
