package com.careercompass.api;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.FactKind;
import com.careercompass.career.OutlookFact;
import com.careercompass.career.Role;
import com.careercompass.system.web.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiPaths.V1, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Careers", description = "Roles, skills, pay figures and sources, each fact with its source id")
class CatalogApiController {

	static final CacheControl CACHE = CacheControl.maxAge(1, TimeUnit.HOURS).cachePublic();

	private final CatalogService catalogs;

	CatalogApiController(CatalogService catalogs) {
		this.catalogs = catalogs;
	}

	@GetMapping("/roles")
	@Operation(summary = "All roles",
			description = "Machine Learning Engineer and Data Scientist first; partial roles are those the sources only mention.")
	ResponseEntity<List<RoleSummary>> roles(
			@Parameter(description = "en or fr; default: Accept-Language") @RequestParam(required = false) String lang,
			Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		Catalog catalog = this.catalogs.catalog();
		return ok(catalog.roles().stream().map((r) -> RoleSummary.of(catalog, r, locale)).toList());
	}

	@GetMapping("/roles/{slug}")
	@Operation(summary = "A role's whole profile")
	ResponseEntity<RoleProfile> role(@Parameter(example = "machine-learning-engineer") @PathVariable String slug,
			@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		Catalog catalog = this.catalogs.catalog();
		return ok(RoleProfile.of(catalog, catalog.role(slug), locale));
	}

	@GetMapping("/skills")
	@Operation(summary = "All skills, or those of one role")
	ResponseEntity<List<Json.SkillJson>> skills(
			@Parameter(example = "data-scientist") @RequestParam(required = false) String role,
			@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		Catalog catalog = this.catalogs.catalog();
		List<Json.SkillJson> skills = ((role != null) ? catalog.skillsOf(catalog.role(role).slug()) : catalog.skills())
			.stream()
			.map((s) -> Json.SkillJson.of(s, locale))
			.toList();
		return ok(skills);
	}

	@GetMapping("/salaries")
	@Operation(summary = "Pay figures, optionally filtered",
			description = "Each figure as its survey reported it, with its kind (mean, median, range end or single figure), currency, year and source. Never converted, never averaged.")
	ResponseEntity<List<Json.PayFigureJson>> salaries(
			@Parameter(example = "machine-learning-engineer") @RequestParam(required = false) String role,
			@Parameter(example = "US",
					description = "ISO 3166-1 alpha-2") @RequestParam(required = false) String country,
			@Parameter(example = "USD", description = "ISO 4217") @RequestParam(required = false) String currency,
			@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		Catalog catalog = this.catalogs.catalog();
		String slug = (role != null) ? catalog.role(role).slug() : null;
		String countryCode = code(country, 2, "country");
		String currencyCode = code(currency, 3, "currency");
		return ok(catalog.pay()
			.stream()
			.filter((f) -> slug == null || f.roleSlug().equals(slug))
			.filter((f) -> countryCode == null || f.country().equals(countryCode))
			.filter((f) -> currencyCode == null || f.currency().getCurrencyCode().equals(currencyCode))
			.map((f) -> Json.PayFigureJson.of(f, catalog, locale))
			.toList());
	}

	@GetMapping("/outlook")
	@Operation(summary = "Job-market outlook facts",
			description = "Each role's outlook and the facts about the whole field (role null), each with its figure, unit, period, survey and source.")
	ResponseEntity<List<Json.OutlookJson>> outlook(@Parameter(example = "data-scientist",
			description = "a role's slug, or 'field' for the facts about the whole field") @RequestParam(
					required = false) String role,
			@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		Catalog catalog = this.catalogs.catalog();
		List<OutlookFact> facts = (role == null) ? catalog.outlook()
				: "field".equals(role) ? catalog.fieldOutlook() : catalog.outlookOf(catalog.role(role).slug());
		return ok(facts.stream().map((o) -> Json.OutlookJson.of(o, catalog, locale)).toList());
	}

	@GetMapping("/use-cases")
	@Operation(summary = "Where machine learning is used",
			description = "Context for both roles, each with its sources.")
	ResponseEntity<List<Json.UseCaseJson>> useCases(@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		return ok(this.catalogs.catalog().useCases().stream().map((u) -> Json.UseCaseJson.of(u, locale)).toList());
	}

	@GetMapping("/pay-context")
	@Operation(summary = "What to know beside the pay figures",
			description = "Context the sources give with a role's pay, for all its figures (country null) or those of one country and region.")
	ResponseEntity<List<Json.PayContextJson>> payContext(@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		return ok(this.catalogs.catalog().payContext().stream().map((c) -> Json.PayContextJson.of(c, locale)).toList());
	}

	@GetMapping("/sources")
	@Operation(summary = "The source articles every fact cites")
	ResponseEntity<List<Json.SourceJson>> sources(@RequestParam(required = false) String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		return ok(this.catalogs.catalog().sources().stream().map((s) -> Json.SourceJson.of(s, locale)).toList());
	}

	static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().cacheControl(CACHE).body(body);
	}

	private static @Nullable String code(@Nullable String value, int length, String name) {
		if (value == null) {
			return null;
		}
		if (value.length() != length || !value.chars().allMatch(Character::isLetter)) {
			throw new InvalidParameterException("problem.code", name, length, (length == 2) ? "US" : "USD");
		}
		return value.toUpperCase(Locale.ROOT);
	}

	@Schema(description = "A role in a list")
	record RoleSummary(@Schema(example = "machine-learning-engineer") String slug, String name, String shortName,
			String summary, boolean partial, @Schema(example = "/api/v1/roles/machine-learning-engineer") String href) {

		static RoleSummary of(Catalog catalog, Role role, Locale locale) {
			String summary = catalog.factsOf(role.slug(), FactKind.SUMMARY)
				.stream()
				.findFirst()
				.map((f) -> f.text().in(locale))
				.orElse("");
			return new RoleSummary(role.slug(), role.name().in(locale), role.shortName().in(locale), summary,
					role.partial(), ApiPaths.V1 + "/roles/" + role.slug());
		}

	}

	@Schema(description = "A role's whole profile; every fact carries its source ids")
	record RoleProfile(String slug, String name, String shortName, boolean partial, List<Json.Fact> summary,
			List<Json.Fact> responsibilities, List<Json.Fact> education, List<Json.SkillJson> skills,
			List<Json.PayFigureJson> pay, List<Json.PayContextJson> payContext, List<Json.PremiumJson> premiums,
			List<Json.OutlookJson> outlook, List<Json.ContrastJson> contrasts) {

		static RoleProfile of(Catalog catalog, Role role, Locale locale) {
			String slug = role.slug();
			return new RoleProfile(slug, role.name().in(locale), role.shortName().in(locale), role.partial(),
					Json.Fact.of(catalog.factsOf(slug, FactKind.SUMMARY), locale),
					Json.Fact.of(catalog.factsOf(slug, FactKind.RESPONSIBILITY), locale),
					Json.Fact.of(catalog.factsOf(slug, FactKind.EDUCATION), locale),
					catalog.skillsOf(slug).stream().map((s) -> Json.SkillJson.of(s, locale)).toList(),
					catalog.payOf(slug).stream().map((f) -> Json.PayFigureJson.of(f, catalog, locale)).toList(),
					catalog.payContextOf(slug).stream().map((c) -> Json.PayContextJson.of(c, locale)).toList(),
					catalog.premiumsOf(slug).stream().map((p) -> Json.PremiumJson.of(p, locale)).toList(),
					catalog.outlookOf(slug).stream().map((o) -> Json.OutlookJson.of(o, catalog, locale)).toList(),
					catalog.contrastsOf(slug).stream().map((c) -> Json.ContrastJson.of(c, locale)).toList());
		}

	}

}
