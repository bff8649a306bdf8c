package com.careercompass.role;

import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.Role;
import com.careercompass.system.web.BaseUrl;
import com.careercompass.system.web.CachedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.jspecify.annotations.Nullable;

@Controller
class RoleController {

	private final CatalogService catalogs;

	private final BaseUrl baseUrl;

	RoleController(CatalogService catalogs, BaseUrl baseUrl) {
		this.catalogs = catalogs;
		this.baseUrl = baseUrl;
	}

	@CachedPage
	@GetMapping("/roles")
	String roles(Model model, Locale locale) {
		model.addAttribute("roles", RoleCard.all(this.catalogs.catalog(), locale));
		return "roles/list";
	}

	@CachedPage
	@GetMapping("/roles/{slug}")
	String profile(@PathVariable String slug, @RequestParam(required = false) @Nullable String back, Model model,
			Locale locale) {
		Catalog catalog = this.catalogs.catalog();
		Role role = catalog.role(slug);
		model.addAttribute("profile", RoleProfile.of(catalog, role, locale));
		model.addAttribute("jsonLd", OccupationJsonLd.of(catalog, role,
				this.baseUrl.get() + "/roles/" + role.slug() + "?lang=" + locale.getLanguage(), locale));
		model.addAttribute("others",
				RoleCard.all(catalog, locale).stream().filter((r) -> !r.slug().equals(slug)).toList());
		model.addAttribute("back", BackLink.of(back).orElse(null));
		model.addAttribute("canonical", "/roles/" + role.slug());
		// What the page is about, for its description (fragments/layout.html).
		model.addAttribute("metaA", role.name().in(locale));
		return "roles/profile";
	}

}
