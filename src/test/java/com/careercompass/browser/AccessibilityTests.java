package com.careercompass.browser;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core finds no WCAG 2.2 AA violation on any page, in either language or colour
 * scheme.
 */
class AccessibilityTests extends BrowserTestSupport {

	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String QUIZ_RESULT = "/quiz/result?v=2&production=5&statistics=2&deeplearning=3&present=2"
			+ "&software=5&dataset=2&performance=5&business=2&platform=4&gpu=3&sql=2&languages=4&realtime=0&mlfocus=4"
			+ "&background=software";

	private static final List<String> PAGES = List.of("/", "/roles", "/roles/machine-learning-engineer",
			"/roles/data-scientist", "/roles/software-engineer", "/roles/ai-engineer", "/roles/data-engineer",
			"/sources", "/roles/unknown-role", "/compare", "/compare/machine-learning-engineer-vs-data-scientist",
			"/compare/data-engineer-vs-ai-engineer", "/compare/data-scientist-vs-data-scientist",
			"/compare?a=data-scientist", "/quiz", "/quiz?v=2&present=5", QUIZ_RESULT, "/quiz/result?v=1&present=2",
			"/quiz/result?v=1&present=4&production=4&statistics=4&software=4&dataset=4&performance=4&deeplearning=3"
					+ "&business=4&languages=3&sql=4&mlfocus=4&gpu=2&background=stats",
			"/open-data");

	static Stream<Arguments> pages() {
		return PAGES.stream()
			.flatMap((page) -> Stream.of("en", "fr")
				.flatMap((lang) -> Stream.of("light", "dark").map((scheme) -> Arguments.of(page, lang, scheme))));
	}

	@ParameterizedTest(name = "{0} in {1}, {2}")
	@MethodSource("pages")
	void hasNoViolations(String page, String language, String scheme) {
		this.browser.colorScheme(scheme);
		this.browser.driver.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
		Results results = new AxeBuilder().withTags(TAGS).analyze(this.browser.driver);
		assertThat(results.getPasses()).as("axe ran its checks").isNotEmpty();
		assertThat(describe(results.getViolations())).isEmpty();
	}

	private static List<String> describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " at "
					+ rule.getNodes()
						.stream()
						.map((node) -> node.getTarget().toString() + " " + node.getFailureSummary())
						.collect(Collectors.joining("; ")))
			.toList();
	}

}
