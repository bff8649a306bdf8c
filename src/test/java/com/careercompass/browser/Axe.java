package com.careercompass.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core's WCAG 2.2 AA rules, run on the page a browser shows as it is now (its colour
 * scheme, its open sections): the script is put into the page once, then {@code axe.run}
 * is called as often as the page changes.
 * <p>
 * Deque's {@code AxeBuilder} runs every check through axe's multi-frame protocol, which
 * opens and closes a window of its own each time: 0.85 s a check on the comparison,
 * against 0.3 s for {@code axe.run} in the page. Our pages have no frames (checked here,
 * so that a frame added one day is not silently left out), so the page's own run sees
 * everything.
 */
final class Axe {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	/** The axe-core release the Selenium integration ships. */
	private static final String SCRIPT = read("/axe.min.js");

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			if (document.querySelector('iframe, frame, object, embed')) {
				done({ frames: true });
				return;
			}
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				.then((r) => done({ passes: r.passes.length, violations: r.violations.map((v) => v.id + ': ' + v.help
					+ ' at ' + v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join('; ')) }))
				.catch((e) => done({ error: String(e) }));""";

	private Axe() {
	}

	/**
	 * The rules the open page breaks, described with the elements that break them; empty
	 * when it breaks none.
	 * @param browser the browser showing the page
	 * @return one line per rule broken
	 */
	@SuppressWarnings("unchecked")
	static List<String> violations(Browser browser) {
		Object present = browser.driver.executeScript("return typeof window.axe === 'object';");
		if (!Boolean.TRUE.equals(present)) {
			browser.driver.executeScript(SCRIPT);
		}
		Map<String, Object> result = (Map<String, Object>) browser.driver.executeAsyncScript(RUN, TAGS);
		assertThat(result).as("axe ran on a page without frames").doesNotContainKeys("frames", "error");
		assertThat(((Number) result.get("passes")).intValue()).as("axe ran its checks").isPositive();
		return List.copyOf((List<String>) result.get("violations"));
	}

	private static String read(String resource) {
		try (InputStream in = Axe.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the class path (axe-core's Selenium jar)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
