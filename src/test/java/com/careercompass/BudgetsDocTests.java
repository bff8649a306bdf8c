package com.careercompass;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.careercompass.support.GeneratedDoc;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/generated/budgets.md: the pages' budgets and the suites' sizes, each read from the
 * constant its test asserts, so the docs link them instead of quoting them.
 */
class BudgetsDocTests {

	static final Path DOC = Path.of("docs/generated/budgets.md");

	/** What, in what unit, and the test constant that holds it. */
	private record Budget(String what, String unit, String test, String constant) {
	}

	private static final List<Budget> BUDGETS = List.of(
			new Budget("the comparison at 390 × 844, details closed", "phone screens", "browser.BrowserLayoutTests",
					"COMPARISON_SCREENS"),
			new Budget("a full profile at 390 × 844, details closed", "phone screens", "browser.BrowserLayoutTests",
					"PROFILE_SCREENS"),
			new Budget("the home page at 390 × 844", "phone screens", "browser.BrowserLayoutTests", "HOME_SCREENS"),
			new Budget("the quiz form at 390 × 844", "phone screens", "browser.BrowserQuizTests", "FORM_SCREENS"),
			new Budget("the skills check at 390 × 844, nothing ticked", "phone screens", "browser.BrowserSkillsTests",
					"FORM_SCREENS"),
			new Budget("the comparison printed, details open", "A4 pages", "browser.BrowserLayoutTests",
					"COMPARISON_PAGES"),
			new Budget("a full profile printed", "A4 pages", "browser.BrowserLayoutTests", "PROFILE_PAGES"),
			new Budget("a plan printed", "A4 pages", "browser.BrowserLayoutTests", "PLAN_PAGES"),
			new Budget("a job-ad result printed, both roles' work", "A4 pages", "browser.BrowserLayoutTests",
					"JOB_AD_PAGES"),
			new Budget("home, comparison, skills check, with the stylesheet, compressed", "KB", "web.PagesTests",
					"WEIGHT_KB"));

	@Test
	void theBudgetsAreTheOnesTheirTestsHold() throws Exception {
		StringBuilder doc = new StringBuilder(GeneratedDoc.banner("BudgetsDocTests"));
		doc.append("# Budgets and suite sizes\n\n");
		doc.append("Each read from the constant its test asserts (docs/results/ has the dated measurements "
				+ "against them).\n\n");
		doc.append("| what | budget | held by |\n|---|---|---|\n");
		for (Budget b : BUDGETS) {
			Number value = constant(b.test(), b.constant());
			String unit = (value.doubleValue() == 1) ? b.unit().replaceAll("s$", "") : b.unit();
			doc.append("| %s | %s %s | `%s.%s` |\n".formatted(b.what(), number(value), unit,
					b.test().substring(b.test().indexOf('.') + 1), b.constant()));
		}
		doc.append("\n| suite | size | held by |\n|---|---|---|\n");
		doc.append(
				"| hostile input (`HostileInputTests`) | %s requests from the fixed seed `%s` | `HostileInputTests.COUNT`, `.SEED` |\n"
					.formatted(
							String.format(Locale.ENGLISH, "%,d",
									constant("security.HostileInputTests", "COUNT").intValue()),
							constant("security.HostileInputTests", "SEED")));
		GeneratedDoc.check(DOC, "BudgetsDocTests", doc.toString());
	}

	private static String number(Number n) {
		double d = n.doubleValue();
		return (d == Math.rint(d)) ? Long.toString((long) d) : Double.toString(d);
	}

	private static Number constant(String test, String name) throws Exception {
		Field field = Class.forName("com.careercompass." + test).getDeclaredField(name);
		field.setAccessible(true);
		Object value = field.get(null);
		assertThat(value).as(test + "." + name).isInstanceOf(Number.class);
		return (Number) value;
	}

}
