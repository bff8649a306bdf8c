package com.careercompass.browser;

import java.util.stream.Stream;

import com.careercompass.support.Pages;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * Every page a reader can reach, in both languages, opened once in a real browser and
 * then changed as readers change it: the light and the dark colour scheme, its sections
 * closed and open, a desktop, a tablet and two phones. On every state:
 * <ul>
 * <li>axe-core finds no WCAG 2.2 AA violation (light, dark, every section open);</li>
 * <li>nothing is wider than the screen or sticks out of it, and on a phone no word is
 * broken across two lines ({@link Fits}), sections closed and open;</li>
 * <li>the page raised no Content-Security-Policy violation.</li>
 * </ul>
 * A colour scheme, a width or an opened section changes the page without loading it
 * again, as it does for a reader turning a phone or opening a section; loading each state
 * anew (seven loads a page) made the three sweeps the longest part of the build. Pages
 * are checked two at a time, each in a browser of its own; every failure of a page is
 * reported together, named by its state.
 */
class PageSweepTests extends BrowserTestSupport {

	/** A desktop, a tablet, a common phone, the narrowest phone we serve. */
	private static final int[] WIDTHS = { 1366, 768, 390, 320 };

	static Stream<Arguments> pages() {
		return Pages.ALL.stream().flatMap((page) -> Stream.of("en", "fr").map((lang) -> Arguments.of(page, lang)));
	}

	// On the method, not the class: a concurrent class would also run beside other
	// classes, one of which may close the server this one reads (watched: 72 refused
	// connections).
	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("pages")
	void everyPageServesEveryReader(String page, String language) throws Exception {
		withOwnBrowser((browser) -> {
			SoftAssertions softly = new SoftAssertions();
			try {
				browser.desktop();
				browser.colorScheme("light");
				browser.driver.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
				softly.assertThat(browser.driver.findElement(By.tagName("h1")).getText())
					.as("the heading")
					.isNotBlank();
				softly.assertThat(Axe.violations(browser)).as("axe, light").isEmpty();
				browser.colorScheme("dark");
				softly.assertThat(Axe.violations(browser)).as("axe, dark").isEmpty();
				browser.colorScheme("light");
				int sections = sections(browser, true);
				if (sections > 0) {
					softly.assertThat(Axe.violations(browser)).as("axe, every section open").isEmpty();
				}
				for (int width : WIDTHS) {
					browser.viewport(width, 800);
					sections(browser, false);
					softly.check(() -> Fits.assertFits(browser, page + " at " + width + " px", width));
					if (sections > 0) {
						sections(browser, true);
						softly
							.check(() -> Fits.assertFits(browser, page + " at " + width + " px, sections open", width));
					}
				}
				softly.assertThat(browser.cspViolations()).as("Content-Security-Policy violations").isEmpty();
			}
			finally {
				browser.desktop();
			}
			softly.assertAll();
		});
	}

	/**
	 * Opens every collapsible section of the page, or puts each back as the page was
	 * served (closed, or open where the page opens it).
	 * @return how many the page has
	 */
	private static int sections(Browser browser, boolean open) {
		Number count = (Number) browser.driver.executeScript("""
				const d = [...document.querySelectorAll('details')];
				window.__served = window.__served || d.map((e) => e.open);
				d.forEach((e, i) => e.open = arguments[0] || window.__served[i]);
				return d.length;""", open);
		return count.intValue();
	}

}
