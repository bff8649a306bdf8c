package com.careercompass.compare;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Role;
import com.careercompass.career.RoleNotFoundException;
import com.careercompass.system.format.Formats;
import com.careercompass.system.web.CachedPage;
import com.careercompass.system.web.ReadsQuery;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;

@Controller
class CompareController {

	private final CatalogService catalogs;

	private final ComparisonService comparisons;

	CompareController(CatalogService catalogs, ComparisonService comparisons) {
		this.catalogs = catalogs;
		this.comparisons = comparisons;
	}

	/**
	 * The picker; with both roles chosen, a redirect to the pair's shareable address.
	 * Parameters other than {@code a}, {@code b} and {@code lang} never reach it.
	 */
	@CachedPage
	@ReadsQuery({ "a", "b" })
	@GetMapping("/compare")
	String picker(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale,
			HttpServletResponse response) {
		Catalog catalog = this.catalogs.catalog();
		List<String> a = params.getOrDefault("a", List.of());
		List<String> b = params.getOrDefault("b", List.of());
		if (a.isEmpty() && b.isEmpty()) {
			choices(catalog, model, locale, ComparisonService.DEFAULT_A, ComparisonService.DEFAULT_B, null);
			return "compare/picker";
		}
		String chosenA = (a.size() == 1) ? a.get(0) : null;
		String chosenB = (b.size() == 1) ? b.get(0) : null;
		if (chosenA == null || chosenB == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			choices(catalog, model, locale, chosenA, chosenB, "compare.error.params");
			return "compare/picker";
		}
		if (catalog.findRole(chosenA).isEmpty() || catalog.findRole(chosenB).isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			choices(catalog, model, locale, chosenA, chosenB, "compare.error.unknown");
			return "compare/picker";
		}
		if (chosenA.equals(chosenB)) {
			return sameRole(catalog, catalog.role(chosenA), model, locale, response);
		}
		return "redirect:" + CompareUrls.pair(chosenA, chosenB);
	}

	@CachedPage
	@GetMapping("/compare/{pair}")
	String compare(@PathVariable String pair, Model model, Locale locale, HttpServletResponse response) {
		String[] slugs = CompareUrls.parse(pair).orElseThrow(() -> new RoleNotFoundException(pair));
		Catalog catalog = this.catalogs.catalog();
		Role a = catalog.role(slugs[0]);
		Role b = catalog.role(slugs[1]);
		if (a.equals(b)) {
			return sameRole(catalog, a, model, locale, response);
		}
		CompareView view = this.comparisons.view(a.slug(), b.slug(), locale);
		model.addAttribute("compare", view);
		model.addAttribute("canonical", view.canonical());
		// What the page is about, for its description (fragments/layout.html).
		model.addAttribute("metaA", view.a().shortName());
		model.addAttribute("metaB", view.b().inSentence());
		choices(catalog, model, locale, a.slug(), b.slug(), null);
		return "compare/compare";
	}

	private String sameRole(Catalog catalog, Role role, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("sameRole", Formats.ofName(role.name().in(locale), locale));
		model.addAttribute("suggestions", catalog.roles()
			.stream()
			.filter((r) -> !r.equals(role))
			.map((r) -> new Suggestion(Formats.ofName(r.shortName().in(locale), locale), CompareUrls.pair(role, r)))
			.toList());
		choices(catalog, model, locale, role.slug(), null, null);
		return "compare/same-role";
	}

	/**
	 * What the picker form needs: the roles, the current choice (kept on error) and the
	 * error's message key.
	 */
	private static void choices(Catalog catalog, Model model, Locale locale, @Nullable String a, @Nullable String b,
			@Nullable String error) {
		model.addAttribute("choices",
				catalog.roles().stream().map((r) -> new Choice(r.slug(), r.name().in(locale))).toList());
		model.addAttribute("selectedA", a);
		model.addAttribute("selectedB", b);
		model.addAttribute("error", error);
	}

	/**
	 * A role in the picker.
	 *
	 * @param slug its value
	 * @param name its label
	 */
	record Choice(String slug, String name) {
	}

	/**
	 * Another role to compare with.
	 *
	 * @param name its short name
	 * @param href the comparison's address
	 */
	record Suggestion(String name, String href) {
	}

}
