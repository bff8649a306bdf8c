package com.careercompass.browser;

import com.careercompass.support.Pages;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no WCAG 2.2 AA violation on any page, in either language or colour
 * scheme. Each check is independent of the others: they run two at a time, each in a
 * browser of its own (the sweep was the longest suite).
 */
class AccessibilityTests extends BrowserTestSupport {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	static Stream<Arguments> pages() {
		return Pages.ALL.stream()
			.flatMap((page) -> Stream.of("en", "fr")
				.flatMap((lang) -> Stream.of("light", "dark").map((scheme) -> Arguments.of(page, lang, scheme))));
	}

	// On the methods, not the class: a concurrent class would also run beside other
	// classes,
	// one of which may close the server this one reads (watched: 72 refused connections).
	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0} in {1}, {2}")
	@MethodSource("pages")
	void hasNoViolations(String page, String language, String scheme) throws Exception {
		withOwnBrowser((browser) -> {
			browser.desktop();
			browser.colorScheme(scheme);
			browser.driver.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
			Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver);
			assertThat(results.getPasses()).as("axe ran its checks").isNotEmpty();
			assertThat(describe(results.getViolations())).isEmpty();
		});
	}

	/** The long sections of the comparison, opened as a reader would open them. */
	@Execution(ExecutionMode.CONCURRENT)
	@ParameterizedTest(name = "{0} in {1}, details open")
	@MethodSource("withDetails")
	void hasNoViolationsWithEveryDetailOpen(String page, String language) throws Exception {
		withOwnBrowser((browser) -> {
			browser.desktop();
			browser.colorScheme("light");
			browser.driver.get(url(page + "?lang=" + language));
			Number opened = (Number) browser.driver.executeScript(
					"const d = document.querySelectorAll('details'); d.forEach((e) => e.open = true); return d.length;");
			assertThat(opened.intValue()).as("the page has sections to open").isPositive();
			Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver);
			assertThat(results.getPasses()).isNotEmpty();
			assertThat(describe(results.getViolations())).isEmpty();
		});
	}

	static Stream<Arguments> withDetails() {
		return Stream
			.of("/compare/machine-learning-engineer-vs-data-scientist", "/compare/ai-engineer-vs-data-engineer")
			.flatMap((page) -> Stream.of("en", "fr").map((lang) -> Arguments.of(page, lang)));
	}

	static List<String> describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map((node) -> node.getTarget().toString() + " " + node.getFailureSummary())
						.collect(Collectors.joining("; ")))
			.toList();
	}

}
