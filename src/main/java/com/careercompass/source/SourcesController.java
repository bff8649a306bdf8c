package com.careercompass.source;

import java.util.Locale;

import com.careercompass.career.CatalogService;
import com.careercompass.system.web.CachedPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SourcesController {

	private final CatalogService catalogs;

	private final SourceDigests digests;

	SourcesController(CatalogService catalogs, SourceDigests digests) {
		this.catalogs = catalogs;
		this.digests = digests;
	}

	@CachedPage
	@GetMapping("/sources")
	String sources(Model model, Locale locale) {
		model.addAttribute("sources", this.digests.all(this.catalogs.catalog(), locale));
		model.addAttribute("repairs", this.digests.repairs(this.catalogs.catalog(), locale));
		return "sources";
	}

}
