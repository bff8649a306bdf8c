package com.careercompass.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.careercompass.career.PayPremium;
import com.careercompass.career.Role;
import com.careercompass.skills.Coverage;
import com.careercompass.skills.SkillsCheck;
import com.careercompass.skills.SkillsCheckResult;
import com.careercompass.skills.SkillsCheckService;
import com.careercompass.skills.SkillsResultView;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.BaseUrl;
import com.careercompass.system.web.ReadsQuery;
import com.careercompass.system.language.RequestLanguage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = ApiPaths.V1 + "/skills-check", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Skills check",
		description = "How much of each role's listed skills a set of ticked skills covers, and what to learn first "
				+ "(the same as the skills-check result page)")
class SkillsCheckApiController {

	private final SkillsCheckService checks;

	private final MessageSource messages;

	private final BaseUrl baseUrl;

	SkillsCheckApiController(SkillsCheckService checks, MessageSource messages, BaseUrl baseUrl) {
		this.checks = checks;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@ReadsQuery // strictly, its named parameters again (a repeated one is a 400)
	@GetMapping
	@Operation(summary = "Check a set of skills",
			description = "Skill codes are the skill ids of /api/v1/skills written in base 36, ascending, joined "
					+ "with '.'. Coverage is ticked / listed, per role, per kind and over the skills only that role "
					+ "lists (distinct). The lean compares shares, never counts: a role is closer when its coverage is "
					+ SkillsCheck.CLOSER_BY + " points ahead (MIXED when the other's distinct skills are as far "
					+ "ahead, SHARED_ONLY when no distinct skill is ticked); otherwise SLIGHT when the distinct "
					+ "coverages are that far apart, else EVEN; ALL when both lists are fully ticked. learnFirst is "
					+ "ranked: core skills before general ones, a skill naming a stopped tool after the other core "
					+ "skills, then named by more sources, then a pay premium for the role (larger first), then listed "
					+ "for the other role too, then id. A damaged link, an unknown code, a repeated "
					+ "parameter or another version is a 400.")
	ResponseEntity<ResultJson> check(
			@Parameter(description = "version of the skill list", example = "1") @RequestParam(name = "v",
					required = false) @Nullable String version,
			@Parameter(description = "codes of the skills the person can do",
					example = "1.2.7.8.b") @RequestParam(required = false) @Nullable String have,
			@Parameter(description = "codes of the skills used at work (each also in have)",
					example = "8") @RequestParam(required = false) @Nullable String work,
			@Parameter(description = "the role to list first",
					example = "data-scientist") @RequestParam(required = false) @Nullable String first,
			@RequestParam(required = false) @Nullable String lang, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(lang, RequestLanguage.localeOf(request));
		// The parameters above document the operation; the check reads them from the
		// request as the result page does, strictly (a repeated one is a 400).
		Map<String, String[]> params = request.getParameterMap();
		SkillsCheckResult result = this.checks.check(params, request.getQueryString());
		String page = this.baseUrl.get() + result.sharePath();
		List<SkillsResultView.RoleView> routes = this.checks.view(result, locale).roles();
		return CatalogApiController.ok(new ResultJson(SkillsCheck.VERSION, result.ticks().haveParam(),
				result.ticks().workParam(), result.lean().strength().name(),
				(result.lean().role() != null) ? result.lean().role().slug() : null,
				this.messages.getMessage(result.sentenceKey(), result.sentenceArgs(locale), locale),
				this.messages.getMessage("skills.result.honest", null, locale),
				result.roles()
					.stream()
					.map((r) -> RoleJson.of(r, routes.get(result.roles().indexOf(r)), locale, this.baseUrl.get()))
					.toList(),
				page));
	}

	@Schema(description = "A skills check, the same as the result page's")
	record ResultJson(@Schema(example = "1") int version, @Schema(description = "ticked skills, as read") String have,
			@Schema(description = "skills used at work, as read") String work, @Schema(allowableValues = {
					"NOTHING_TICKED", "EVEN", "SLIGHT", "CLEAR" },
					description = "how clearly the ticks lean to one role") String strength,
			@Schema(description = "the role the ticks lean to (SLIGHT or CLEAR), or null") @Nullable String lean,
			String summary, @Schema(description = "what the lists are and are not") String note, List<RoleJson> roles,
			@Schema(description = "the shareable result page") String resultPage){
	}

	record RoleJson(String slug, String name, int have, int atWork, int total, int percent,
			@Schema(description = "ticked skills listed for this role only") int onlyHere,
			@Schema(description = "how many skills only this role lists") int distinctTotal,
			@Schema(description = "percent of the skills only this role lists that are ticked") int distinctPercent,
			List<KindJson> kinds,
			@Schema(description = "what to learn, in stages: gaps only, a family once") RouteJson learnFirst,
			@Schema(description = "premiums a survey reports for the role on skills it does not list") List<PremiumJson> otherPremiums) {

		static RoleJson of(SkillsCheckResult.RoleResult result, SkillsResultView.RoleView view, Locale locale,
				String base) {
			Role role = result.role();
			Coverage all = result.overall();
			return new RoleJson(role.slug(), role.name().in(locale), all.have(), all.atWork(), all.total(),
					all.percent(), result.onlyHere(), result.distinct().total(), result.distinct().percent(),
					result.byKind()
						.entrySet()
						.stream()
						.map((e) -> new KindJson(e.getKey().name(), e.getValue().have(), e.getValue().atWork(),
								e.getValue().total(), e.getValue().percent()))
						.toList(),
					RouteJson.of(view.route(), base),
					result.otherPremiums().stream().map((p) -> PremiumJson.of(p, locale)).toList());
		}

	}

	record KindJson(@Schema(example = "PROGRAMMING") String kind, int have, int atWork, int total, int percent) {
	}

	record PremiumJson(String skill, int percent, String survey, String source) {

		static PremiumJson of(PayPremium premium, Locale locale) {
			return new PremiumJson(premium.skill().in(locale), premium.percent(), premium.survey(), premium.sourceId());
		}

	}

}
