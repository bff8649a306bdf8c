package com.careercompass.home;

import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
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
		// the market now: forecasts whose horizon has passed are left to the profiles and
		// the sources, where they carry their mark; old or undated facts come after the
		// current ones, with theirs
		model.addAttribute("fieldOutlook",
				OutlookView.of(catalog,
						catalog.fieldOutlook()
							.stream()
							.filter((o) -> !o.horizonPassed(catalog.reviewedOn()))
							.sorted(java.util.Comparator.comparing((o) -> catalog.dateMark(o) != null))
							.toList(),
						locale));
		return "home";
	}

}
