package com.careercompass.browser;

import com.careercompass.support.Pages;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The comparison fits six phone screens with its details closed and prints with them open
 * on four A4 pages in both languages, in type of 10 pt (notes and citations 8 pt); a full
 * profile answers on its first phone screen, fits six and prints on four.
 */
class BrowserLayoutTests extends BrowserTestSupport {

	private static final String COMPARE = "/compare/machine-learning-engineer-vs-data-scientist";

	/** A4 less the print stylesheet's margins (9 mm each side), in CSS pixels. */
	private static final int A4_PRINTABLE_WIDTH = 726;

	/**
	 * The comparison's height at 390 px with its details closed, in screens.
	 */
	static final double COMPARISON_SCREENS = 6;

	/**
	 * A full profile's height at 390 × 844 with its details closed, in screens (issue
	 * 23).
	 */
	static final double PROFILE_SCREENS = 6;

	/** The comparison's print budget in A4 pages; the README quotes it. */
	static final int COMPARISON_PAGES = 4;

	/** A full profile's print budget in A4 pages. */
	static final int PROFILE_PAGES = 4;

	/** The plan is one page to take away; the README quotes it. */
	static final int PLAN_PAGES = 1;

	/** A job-ad result is one page to take away, as the plan. */
	static final int JOB_AD_PAGES = 1;

	/** A plan from a quiz drawn to both roles: two routes side by side. */
	private static final String HYBRID_PLAN = "/plan?quiz=2&production=5&statistics=5&deeplearning=3&present=3"
			+ "&software=3&dataset=3&performance=3&business=3&platform=3&gpu=3&sql=3&languages=3&realtime=3&mlfocus=3"
			+ "&background=other";

	/**
	 * A job ad of both roles' work naming 30 of the lexicon's terms (skills of both,
	 * tools, duties), with two skills ticked: the longest result to print.
	 */
	private static final String HYBRID_AD = "/job-ad/result?v=1&t=1.2.5.7.19.1d.2g.2h.2u.2z.3n.40.4b.5i.60.6a.6y.84.85"
			+ ".88.8n.8s.95.9o.9r.9x.9z.c2.c3.dt.e3.ee.in.j0.jd&skills=3&have=1.7";

	/** The least share of the printed plan's page its text reaches down to. */
	static final float PLAN_PAGE_USED = 0.75f;

	/** The home page's height at 390 × 844, in screens. */
	static final int HOME_SCREENS = 5;

	@AfterEach
	void backToTheDesktop() {
		this.browser.media("");
		this.browser.desktop();
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "fr" })
	void theHomePageOffersItsTwoActionsOnTheFirstScreenOfAPhoneAndADesktop(String language) {
		for (int[] size : new int[][] { { 390, 844 }, { 360, 740 }, { 1366, 768 } }) {
			this.browser.viewport(size[0], size[1]);
			this.browser.driver.get(url("/?lang=" + language));
			String what = "/ in " + language + " at " + size[0] + "×" + size[1];
			@SuppressWarnings("unchecked")
			List<List<Number>> boxes = (List<List<Number>>) this.browser.driver.executeScript("""
					return ['main h1', '.hero-answer', '.hero-actions a[href$="/quiz"]',
							'.hero-actions a[href$="/skills-check"]'].map((s) => {
						const r = document.querySelector(s).getBoundingClientRect();
						return [r.top, r.bottom, r.left, r.right, innerHeight, innerWidth];
					});""");
			assertThat(boxes).as(what + ": the question, the answer and both actions").hasSize(4);
			for (List<Number> box : boxes) {
				assertThat(box.get(0).doubleValue()).as(what + ": top").isGreaterThanOrEqualTo(0);
				assertThat(box.get(1).doubleValue()).as(what + ": bottom within the first screen")
					.isLessThanOrEqualTo(box.get(4).doubleValue());
				assertThat(box.get(3).doubleValue()).as(what + ": right edge")
					.isLessThanOrEqualTo(box.get(5).doubleValue());
			}
			Number header = (Number) this.browser.driver
				.executeScript("return document.querySelector('.site-header').getBoundingClientRect().height;");
			if (size[0] == 390) {
				assertThat(header.doubleValue()).as(what + ": a compact header (two rows)").isLessThan(100);
			}
		}
	}

	/**
	 * The home page is the question, the answer and the ways in, not a copy of the
	 * comparison: at most five phone screens in both languages (it was 9.3 in English and
	 * 10.5 in French when it embedded the comparison's decision and glance).
	 */
	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "fr" })
	void theHomePageFitsFivePhoneScreens(String language) {
		this.browser.viewport(390, 844);
		this.browser.driver.get(url("/?lang=" + language));
		Number height = (Number) this.browser.driver.executeScript("return document.documentElement.scrollHeight;");
		Number screen = (Number) this.browser.driver.executeScript("return innerHeight;");
		System.out.printf("Home at 390 x %s px in %s: %.1f screens%n", screen, language,
				height.doubleValue() / screen.doubleValue());
		assertThat(height.doubleValue()).as("home page height at 390 px, in screens of %s px", screen)
			.isLessThanOrEqualTo(HOME_SCREENS * screen.doubleValue());
	}

	/**
	 * Every item of the header's navigation is on screen on a phone, in both languages:
	 * inside the viewport and not hidden behind anything (a row that scrolled sideways
	 * once cut "Sources" to "Sou…" in English and left it off screen in French).
	 */
	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "fr" })
	void everyHeaderItemIsOnAPhonesScreen(String language) {
		for (int[] size : new int[][] { { 390, 844 }, { 320, 640 } }) {
			this.browser.viewport(size[0], size[1]);
			this.browser.driver.get(url("/roles?lang=" + language));
			@SuppressWarnings("unchecked")
			List<String> hidden = (List<String>) this.browser.driver.executeScript(
					"""
							return [...document.querySelectorAll('.site-nav a, .lang-switch a')].filter((a) => {
								const r = a.getBoundingClientRect();
								const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
								return r.left < 0 || r.right > innerWidth || r.bottom > innerHeight || !(hit && a.contains(hit));
							}).map((a) => a.textContent.trim());""");
			assertThat(hidden).as("header items off a %d×%d screen in %s", size[0], size[1], language).isEmpty();
			Number links = (Number) this.browser.driver
				.executeScript("return document.querySelectorAll('.site-nav a').length;");
			assertThat(links.intValue()).as("the navigation was found").isPositive();
		}
	}

	/**
	 * The quiz result and the skills result show the verdict and the plan action on the
	 * first phone screen: the next thing to do is never screens away.
	 */
	@ParameterizedTest(name = "{0} in {1}")
	@org.junit.jupiter.params.provider.CsvSource({ "quiz, en", "quiz, fr", "skills, en", "skills, fr" })
	void theVerdictAndThePlanActionAreOnTheFirstPhoneScreen(String result, String language) {
		this.browser.viewport(390, 844);
		String path = result.equals("quiz") ? Pages.QUIZ_RESULT : Pages.SKILLS_RESULT;
		this.browser.driver.get(url(path + "&lang=" + language));
		Number screen = (Number) this.browser.driver.executeScript("return innerHeight;");
		WebElement verdict = this.browser.driver.findElement(By.cssSelector("main p.lead"));
		WebElement plan = this.browser.driver.findElement(By.cssSelector("main a.action-primary[href^='/plan?']"));
		assertThat(plan.isDisplayed()).isTrue();
		for (WebElement element : List.of(verdict, plan)) {
			Number bottom = (Number) this.browser.driver
				.executeScript("return arguments[0].getBoundingClientRect().bottom;", element);
			assertThat(bottom.doubleValue()).as("%s within the first %s px", element.getText(), screen)
				.isLessThanOrEqualTo(screen.doubleValue());
		}
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "fr" })
	void theComparisonFitsSixPhoneScreensWithItsDetailsClosed(String language) throws IOException {
		this.browser.viewport(390, 844);
		this.browser.driver.get(url(COMPARE + "?lang=" + language));
		List<WebElement> details = this.browser.driver.findElements(By.cssSelector("main details"));
		assertThat(details).as("the long sections are there, to open").hasSizeGreaterThanOrEqualTo(8);
		assertThat(details).noneMatch((d) -> d.getAttribute("open") != null);
		assertThat(this.browser.driver.findElement(By.id("decide")).isDisplayed()).isTrue();
		assertThat(this.browser.driver.findElement(By.id("glance")).isDisplayed()).isTrue();
		Number height = (Number) this.browser.driver.executeScript("return document.documentElement.scrollHeight;");
		Number screen = (Number) this.browser.driver.executeScript("return innerHeight;");
		this.browser.screenshot("compare-phone-" + language);
		System.out.printf("Comparison at 390 x %s px in %s, details closed: %.1f screens%n", screen, language,
				height.doubleValue() / screen.doubleValue());
		assertThat(height.doubleValue()).as("page height at 390 px, in screens of %s px", screen)
			.isLessThanOrEqualTo(COMPARISON_SCREENS * screen.doubleValue());
	}

	/**
	 * A full profile answers on its first phone screen what the role pays, where it is
	 * heading, how people get in, what it is strongest at and whom it suits (each heading
	 * and the first line of its answer), and stays within six screens with its details
	 * closed.
	 */
	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("fullProfiles")
	void aFullProfileAnswersOnItsFirstPhoneScreenAndFitsSixScreens(String slug, String language) throws IOException {
		this.browser.viewport(390, 844);
		this.browser.driver.get(url("/roles/" + slug + "?lang=" + language));
		@SuppressWarnings("unchecked")
		List<List<Object>> items = (List<List<Object>>) this.browser.driver.executeScript("""
				return [...document.querySelectorAll('#at-a-glance dt, #at-a-glance dd')].map((e) => {
					const line = parseFloat(getComputedStyle(e).lineHeight) || 20;
					return [e.textContent.trim().slice(0, 30), e.getBoundingClientRect().top + line, innerHeight];
				});""");
		assertThat(items).as("five questions and their answers").hasSize(10);
		assertThat(items).allSatisfy((item) -> assertThat(((Number) item.get(1)).doubleValue())
			.as("first line of '%s' on the first screen", item.get(0))
			.isLessThanOrEqualTo(((Number) item.get(2)).doubleValue()));
		assertThat(this.browser.driver.findElements(By.cssSelector("main details[open]"))).isEmpty();
		Number height = (Number) this.browser.driver.executeScript("return document.documentElement.scrollHeight;");
		System.out.printf("Profile %s at 390 x 844 px in %s, details closed: %.1f screens%n", slug, language,
				height.doubleValue() / 844);
		this.browser.screenshot("profile-phone-" + slug + "-" + language);
		assertThat(height.doubleValue()).as("page height at 390 px").isLessThanOrEqualTo(PROFILE_SCREENS * 844);
	}

	static Stream<Arguments> fullProfiles() {
		return Stream.of("machine-learning-engineer", "data-scientist")
			.flatMap((slug) -> Stream.of("en", "fr").map((lang) -> Arguments.of(slug, lang)));
	}

	@ParameterizedTest(name = "in {0}")
	@ValueSource(strings = { "en", "fr" })
	void theComparisonPrintsEveryDetailOnFourA4PagesInReadableType(String language) throws IOException {
		this.browser.driver.get(url(COMPARE + "?lang=" + language));
		@SuppressWarnings("unchecked")
		List<String> amounts = (List<String>) this.browser.driver.executeScript(
				"return [...document.querySelectorAll('#pay .pay-table td.amount')].map((e) => (e.firstElementChild || e).textContent.trim());");
		List<String> skills = texts("#skills li > span:first-child");
		assertThat(amounts).hasSizeGreaterThan(10);
		assertThat(skills).hasSizeGreaterThan(30);
		byte[] pdf = this.browser.printToPdf();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			System.out.printf("Comparison printed in %s: %d A4 pages%n", language, document.getNumberOfPages());
			// 4 pages at 7.5 pt; at 10 pt every detail took 6 in English, 7 in
			// French; citations by number, lists full width: 5 and 6; Arial-metric type,
			// the glance printed once (in the details), no blank page ends: 4 and 5;
			// lists
			// and tables in the narrow cut of the face, tight list spacing: 4 and 4
			// (docs/architecture.md)
			assertThat(document.getNumberOfPages()).as("A4 pages").isBetween(1, COMPARISON_PAGES);
			assertReadableInPrint(document);
			String text = normalize(new PDFTextStripper().getText(document));
			assertThat(amounts).as("every pay figure is printed, details open")
				.allSatisfy((a) -> assertThat(text).contains(normalize(a)));
			assertThat(skills).as("every skill is printed").allSatisfy((s) -> assertThat(text).contains(normalize(s)));
		}
		// Laid out for print at the width of A4's printable area, nothing is clipped.
		this.browser.viewport(A4_PRINTABLE_WIDTH, 1000);
		this.browser.media("print");
		this.browser.driver.executeScript("document.querySelectorAll('details').forEach((e) => e.open = true);");
		Fits.assertFits(this.browser, "printed", A4_PRINTABLE_WIDTH);
		@SuppressWarnings("unchecked")
		List<String> overflowing = (List<String>) this.browser.driver.executeScript("""
				return [...document.querySelectorAll('main td, main th')]
					.filter((e) => e.scrollWidth > e.clientWidth + 1)
					.map((e) => e.textContent.trim().slice(0, 40));""");
		assertThat(overflowing).as("no table cell overflows").isEmpty();
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("fullProfiles")
	void aFullProfilePrintsEverySectionOnAtMostFourA4PagesInReadableType(String slug, String language)
			throws IOException {
		this.browser.driver.get(url("/roles/" + slug + "?lang=" + language));
		List<String> skills = texts("#skills li > span:first-child");
		assertThat(skills).hasSizeGreaterThan(10);
		byte[] pdf = this.browser.printToPdf();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			System.out.printf("Profile %s printed in %s: %d A4 pages%n", slug, language, document.getNumberOfPages());
			assertThat(document.getNumberOfPages()).as("A4 pages").isBetween(1, PROFILE_PAGES);
			String text = normalize(new PDFTextStripper().getText(document));
			assertThat(skills).as("every skill is printed, details open")
				.allSatisfy((skill) -> assertThat(text).contains(normalize(skill)));
			assertReadableInPrint(document);
		}
	}

	/** My plan, from both results, prints on one A4 page in readable type. */
	@ParameterizedTest(name = "{0} in {1}")
	@org.junit.jupiter.params.provider.CsvSource({ "both results, en", "both results, fr", "hybrid, en", "hybrid, fr",
			"undecided, en", "undecided, fr" })
	void thePlanPrintsOnOneA4Page(String kind, String language) throws IOException {
		String plan = switch (kind) {
			case "hybrid" -> HYBRID_PLAN;
			case "undecided" -> Pages.UNDECIDED_PLAN.replace("&country=ZZ", "");
			default -> Pages.PLAN;
		};
		this.browser.driver.get(url(plan + "&lang=" + language));
		List<String> steps = texts(".plan-learn .route > ol a.step-title");
		assertThat(steps).as("the first five steps of each route").hasSize(5 * texts(".plan-route").size());
		String countryLabel = this.browser.driver.findElement(By.cssSelector(".plan-country label")).getText();
		String key = this.browser.driver.findElement(By.id("plan-key-heading")).getText();
		byte[] pdf = this.browser.printToPdf();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			System.out.printf("Plan printed in %s: %d A4 pages%n", language, document.getNumberOfPages());
			assertThat(document.getNumberOfPages()).as("A4 pages").isEqualTo(PLAN_PAGES);
			String text = normalize(new PDFTextStripper().getText(document));
			assertThat(steps).allSatisfy((step) -> assertThat(text).contains(normalize(step)));
			assertThat(text).as("no form in print").doesNotContain(normalize(countryLabel));
			assertThat(document.getDocumentCatalog().getAcroForm()).as("no form field").isNull();
			assertThat(text).as("a key to the citation numbers").contains(normalize(key));
			assertThat(text.replaceAll("\\s+", "")).as("the plan's own address, whole, to get back to it")
				.contains(plan + "&lang=" + language);
			assertThat(text).as("and the date of the facts").containsPattern("2026");
			float used = usedHeight(document);
			System.out.printf("Plan printed in %s: %.0f%% of the A4 page used%n", language, used * 100);
			assertThat(used).as("the page used, not half blank").isGreaterThan(PLAN_PAGE_USED);
			assertReadableInPrint(document);
		}
	}

	/**
	 * A job-ad result is one A4 page to take away: the verdict, what to learn first for
	 * this ad, everything recognised and the key to the citations, in readable type; the
	 * address to reopen it, without the ad's text.
	 */
	@ParameterizedTest(name = "{0} in {1}")
	@org.junit.jupiter.params.provider.CsvSource({ "one role, en", "one role, fr", "both roles, en", "both roles, fr" })
	void aJobAdResultPrintsOnOneA4Page(String kind, String language) throws IOException {
		String result = kind.startsWith("both") ? HYBRID_AD : Pages.JOB_AD_RESULT;
		this.browser.driver.get(url(result + "&lang=" + language));
		List<String> found = texts(".found-list > li > strong");
		List<String> steps = texts(".jobad-fit .route > ol a.step-title");
		assertThat(found).hasSizeGreaterThan(kind.startsWith("both") ? 20 : 5);
		assertThat(steps).isNotEmpty();
		String verdict = this.browser.driver.findElement(By.tagName("h1")).getText();
		byte[] pdf = this.browser.printToPdf();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			System.out.printf("Job-ad result (%s) printed in %s: %d A4 pages%n", kind, language,
					document.getNumberOfPages());
			assertThat(document.getNumberOfPages()).as("A4 pages").isEqualTo(JOB_AD_PAGES);
			String text = normalize(new PDFTextStripper().getText(document));
			assertThat(text).contains(normalize(verdict));
			assertThat(found).as("everything recognised").allSatisfy((f) -> assertThat(text).contains(normalize(f)));
			assertThat(steps).as("what to learn first").allSatisfy((s) -> assertThat(text).contains(normalize(s)));
			assertThat(text).as("a key to the citation numbers")
				.contains(normalize(
						this.browser.driver.findElement(By.id("jobad-key-heading")).getAttribute("textContent")));
			assertThat(text.replaceAll("\\s+", "")).as("the result's own address, whole, to get back to it")
				.contains(result.substring(result.indexOf("?") + 1));
			assertThat(document.getDocumentCatalog().getAcroForm()).as("no form field").isNull();
			assertReadableInPrint(document);
		}
	}

	/**
	 * How far down the first page the last line of text sits, as a share of its height.
	 */
	private static float usedHeight(PDDocument document) throws IOException {
		float[] lowest = { 0 };
		PDFTextStripper positions = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> letters) {
				for (org.apache.pdfbox.text.TextPosition p : letters) {
					lowest[0] = Math.max(lowest[0], p.getYDirAdj());
				}
			}
		};
		positions.setStartPage(1);
		positions.setEndPage(1);
		positions.getText(document);
		return lowest[0] / document.getPage(0).getMediaBox().getHeight();
	}

	/**
	 * Read back from the PDF: body text (the size most characters are set in) at 10 pt or
	 * more, and nothing, citations and notes included, under 8 pt.
	 */
	private static void assertReadableInPrint(PDDocument document) throws IOException {
		java.util.Map<Integer, Integer> bySize = new java.util.TreeMap<>();
		PDFTextStripper sizes = new PDFTextStripper() {
			@Override
			protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
				for (org.apache.pdfbox.text.TextPosition p : positions) {
					if (!p.getUnicode().isBlank()) {
						// the size on the page, in points: the font size through the text
						// and
						// the page's transforms (Chrome draws in CSS pixels, scaled by
						// 0.75)
						bySize.merge(Math.round(p.getYScale() * 10), 1, Integer::sum);
					}
				}
			}
		};
		sizes.getText(document);
		assertThat(bySize).isNotEmpty();
		int body = bySize.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
		System.out.printf("Printed type sizes (tenths of a point: characters): %s%n", bySize);
		assertThat(body / 10.0).as("body text, in points").isGreaterThanOrEqualTo(10.0);
		assertThat(bySize.keySet().iterator().next() / 10.0).as("the smallest type, in points")
			.isGreaterThanOrEqualTo(7.9);
	}

	private List<String> texts(String selector) {
		return this.browser.driver.findElements(By.cssSelector(selector))
			.stream()
			.map((e) -> e.getAttribute("textContent").trim())
			.toList();
	}

	/**
	 * Text as the PDF gives it back: any run of spaces, breaks or non-breaking spaces as
	 * one space.
	 */
	private static String normalize(String text) {
		return text.replaceAll("[\\h\\s]+", " ").replace("- ", "-");
	}

}
