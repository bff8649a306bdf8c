package com.careercompass.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.compare.ComparisonService;
import com.careercompass.system.web.BaseUrl;
import com.careercompass.system.language.Languages;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /sitemap.xml}: every page a search engine should know, in each language, with
 * its {@code hreflang} alternates; {@code /robots.txt} points to it. Quiz results are
 * left out (one address per set of answers) and kept out of crawlers' way.
 */
@Controller
class SiteMapController {

	private static final CacheControl CACHE = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

	private final CatalogService catalogs;

	private final BaseUrl baseUrl;

	SiteMapController(CatalogService catalogs, BaseUrl baseUrl) {
		this.catalogs = catalogs;
		this.baseUrl = baseUrl;
	}

	/** The pages, as paths. */
	static List<String> pages(Catalog catalog) {
		List<String> pages = new ArrayList<>(List.of("/", "/roles"));
		catalog.roles().forEach((r) -> pages.add("/roles/" + r.slug()));
		pages.add("/compare");
		pages.addAll(ComparisonService.canonicalAddresses(catalog));
		pages.addAll(List.of("/quiz", "/skills-check", "/sources", "/open-data"));
		// each skill's page: where to start learning it (docs/learning.md)
		catalog.skills()
			.stream()
			.filter((s) -> catalog.fullRoles().stream().anyMatch((r) -> s.neededBy(r.slug())))
			.forEach((s) -> pages.add("/learn/" + com.careercompass.career.Skill.code(s.id())));
		return pages;
	}

	@GetMapping(path = "/sitemap.xml")
	ResponseEntity<String> siteMap() {
		String base = this.baseUrl.get();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
			.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
			.append(" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
		for (String page : pages(this.catalogs.catalog())) {
			for (Locale language : Languages.SUPPORTED) {
				xml.append("  <url>\n    <loc>").append(address(base, page, language.getLanguage())).append("</loc>\n");
				for (Locale alternate : Languages.SUPPORTED) {
					xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
						.append(alternate.getLanguage())
						.append("\" href=\"")
						.append(address(base, page, alternate.getLanguage()))
						.append("\"/>\n");
				}
				xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
					.append(base)
					.append(page)
					.append("\"/>\n  </url>\n");
			}
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).cacheControl(CACHE).body(xml.toString());
	}

	@GetMapping(path = "/robots.txt")
	ResponseEntity<String> robots() {
		String body = "User-agent: *\nAllow: /\nDisallow: /quiz/result\nDisallow: /actuator/\n\nSitemap: "
				+ this.baseUrl.get() + "/sitemap.xml\n";
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).cacheControl(CACHE).body(body);
	}

	private static String address(String base, String page, String language) {
		return base + page + "?lang=" + language;
	}

}
