package com.careercompass.home;

import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Citation;
import com.careercompass.compare.ComparisonService;
import com.careercompass.role.OutlookView;
import com.careercompass.role.RoleCard;
import com.careercompass.system.web.CachedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final CatalogService catalogs;

	private final ComparisonService comparisons;

	HomeController(CatalogService catalogs, ComparisonService comparisons) {
		this.catalogs = catalogs;
		this.comparisons = comparisons;
	}

	@CachedPage
	@GetMapping("/")
	String home(Model model, Locale locale) {
		Catalog catalog = this.catalogs.catalog();
		model.addAttribute("compare",
				this.comparisons.view(ComparisonService.DEFAULT_A, ComparisonService.DEFAULT_B, locale));
		model.addAttribute("roles", RoleCard.all(catalog, locale));
		// forecasts whose horizon is still ahead first (issue 25)
		model.addAttribute("fieldOutlook",
				OutlookView.of(catalog,
						catalog.fieldOutlook()
							.stream()
							.sorted(java.util.Comparator.comparing((o) -> o.horizonPassed(catalog.reviewedOn())))
							.toList(),
						locale));
		model.addAttribute("useCases",
				catalog.useCases()
					.stream()
					.map((u) -> new UseCaseView(u.text().in(locale), Citation.of(catalog, u.sourceIds(), locale)))
					.toList());
		return "home";
	}

	/**
	 * A field where machine learning is used.
	 *
	 * @param text the use case
	 * @param citations its sources
	 */
	record UseCaseView(String text, java.util.List<Citation> citations) {
	}

}
