package com.careercompass.api;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;
import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.compare.Comparison;
import com.careercompass.compare.ComparisonService;
import com.careercompass.compare.PayPlace;
import com.careercompass.system.web.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiPaths.V1, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Comparison", description = "Any two roles side by side, as the comparison pages show them")
class CompareApiController {

	private final CatalogService catalogs;

	CompareApiController(CatalogService catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping("/compare")
	@Operation(summary = "Compare two roles",
			description = "Contrasts, skills shared and only on one side, pay by country and currency (never converted), premiums, outlook, responsibilities and education.")
	ResponseEntity<ComparisonJson> compare(
			@Parameter(example = "machine-learning-engineer", required = true) @RequestParam String a,
			@Parameter(example = "data-scientist", required = true) @RequestParam String b,
			@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		Catalog catalog = this.catalogs.catalog();
		return CatalogApiController.ok(ComparisonJson.of(catalog, ComparisonService.compare(catalog, a, b), locale));
	}

	@Schema(description = "Two roles side by side")
	record ComparisonJson(String a, String b, List<ContrastRow> contrasts, SkillSplit skills, List<Place> pay, @Schema(
			description = "what the sources say beside each role's pay figures (the page shows it)") Sides<Json.PayContextJson> payContext,
			Sides<Json.PremiumJson> premiums, Sides<Json.OutlookJson> outlook, Sides<Json.Fact> responsibilities,
			Sides<Json.Fact> education, List<String> sources) {

		static ComparisonJson of(Catalog catalog, Comparison c, Locale locale) {
			String a = c.a().slug();
			String b = c.b().slug();
			return new ComparisonJson(a, b,
					c.contrasts()
						.stream()
						.map((x) -> new ContrastRow(x.aspect().in(locale), x.side(a).in(locale), x.side(b).in(locale),
								x.sourceIds()))
						.toList(),
					new SkillSplit(skills(c.skills().shared(), locale), skills(c.skills().onlyA(), locale),
							skills(c.skills().onlyB(), locale)),
					c.pay().stream().map((p) -> Place.of(p, catalog, locale)).toList(),
					new Sides<>(catalog.payContextOf(a).stream().map((x) -> Json.PayContextJson.of(x, locale)).toList(),
							catalog.payContextOf(b).stream().map((x) -> Json.PayContextJson.of(x, locale)).toList()),
					new Sides<>(c.premiums().a().stream().map((p) -> Json.PremiumJson.of(p, locale)).toList(),
							c.premiums().b().stream().map((p) -> Json.PremiumJson.of(p, locale)).toList()),
					new Sides<>(c.outlook().a().stream().map((o) -> Json.OutlookJson.of(o, catalog, locale)).toList(),
							c.outlook().b().stream().map((o) -> Json.OutlookJson.of(o, catalog, locale)).toList()),
					facts(c.responsibilities(), locale), facts(c.education(), locale), c.sourceIds());
		}

		private static List<Json.SkillJson> skills(List<Skill> skills, Locale locale) {
			return skills.stream().map((s) -> Json.SkillJson.of(s, locale)).toList();
		}

		private static Sides<Json.Fact> facts(Comparison.Pair<List<RoleFact>> pair, Locale locale) {
			return new Sides<>(Json.Fact.of(pair.a(), locale), Json.Fact.of(pair.b(), locale));
		}

	}

	record ContrastRow(String aspect, String a, String b, List<String> sources) {
	}

	record SkillSplit(List<Json.SkillJson> shared, List<Json.SkillJson> onlyA, List<Json.SkillJson> onlyB) {
	}

	record Sides<T>(List<T> a, List<T> b) {
	}

	@Schema(description = "Pay in one country and currency; a side without figures there has an empty list")
	record Place(String country, String currency, List<Json.PayFigureJson> a, List<Json.PayFigureJson> b) {

		static Place of(PayPlace p, Catalog catalog, Locale locale) {
			return new Place(p.country(), p.currency().getCurrencyCode(),
					p.a().stream().map((f) -> Json.PayFigureJson.of(f, catalog, locale)).toList(),
					p.b().stream().map((f) -> Json.PayFigureJson.of(f, catalog, locale)).toList());
		}

	}

}
