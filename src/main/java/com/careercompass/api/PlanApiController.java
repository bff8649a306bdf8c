package com.careercompass.api;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Citation;
import com.careercompass.career.DateMark;
import com.careercompass.plan.InvalidPlanException;
import com.careercompass.plan.Plan;
import com.careercompass.plan.PlanService;
import com.careercompass.role.FactView;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.BaseUrl;
import com.careercompass.system.web.ReadsQuery;
import com.careercompass.system.language.RequestLanguage;
import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping(path = ApiPaths.V1 + "/plan", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Plan", description = "My plan: the same as the /plan page, from a quiz link, a skills-check link or both")
class PlanApiController {

	private final PlanService plans;

	private final MessageSource messages;

	private final BaseUrl baseUrl;

	PlanApiController(PlanService plans, MessageSource messages, BaseUrl baseUrl) {
		this.plans = plans;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	@ReadsQuery(formats = PlanService.class)
	@GetMapping
	@Operation(summary = "A plan",
			description = "The parameters of /plan: a quiz result's answers with quiz=<its version> in place of v, "
					+ "a skills-check result's have and work with skills=<its version> in place of v, or both; "
					+ "optionally role (one of the two roles) and country (ISO 3166, one the role has pay for). "
					+ "A damaged or unknown part, or none at all, is a 400.")
	ResponseEntity<PlanJson> plan(@RequestParam(required = false) @Nullable String lang, HttpServletRequest request) {
		Locale locale = ApiLanguage.of(lang, RequestLanguage.localeOf(request));
		Plan plan = this.plans.plan(request.getParameterMap(), locale);
		if (plan == null) {
			throw new InvalidPlanException();
		}
		String base = this.baseUrl.get();
		return CatalogApiController.ok(new PlanJson(plan.role().slug(), plan.basis(),
				this.messages.getMessage("plan.basis." + plan.basis(), new Object[] { plan.role().shortName() },
						locale),
				(plan.quiz() != null) ? plan.quiz().result().verdict().name() : null,
				(plan.skillsForRole() != null) ? plan.skillsForRole().overall().percent() : null,
				plan.routes().stream().map((r) -> RouteJson.of(r.route(), base)).toList(),
				plan.dropped().stream().map((key) -> this.messages.getMessage(key, null, locale)).toList(),
				(plan.payHere() != null) ? new PayJson(plan.payHere().countryCode(), plan.payHere().amount(),
						plan.payHere().statKey().substring("pay.stat.".length()).toUpperCase(Locale.ROOT),
						plan.payHere().survey(), plan.payHere().year(), plan.payHere().citation().id(),
						DateMark.isOld(plan.payHere().old()), DateMark.isUndated(plan.payHere().old())) : null,
				plan.wayIn().stream().map(WayInJson::of).toList(),
				(plan.quizPath() != null) ? base + plan.quizPath() : null,
				(plan.skillsPath() != null) ? base + plan.skillsPath() : null, base + plan.path()));
	}

	@Schema(description = "A plan, the same as the /plan page's")
	record PlanJson(@Schema(example = "data-scientist") String role, @Schema(allowableValues = {
			"QUIZ", "SKILLS", "CHOSEN", "HYBRID", "NONE" }, description = "why the plan is for this role") String basis,
			String basisText,
			@Schema(description = "the quiz's verdict, when made from a quiz") @Nullable String quizVerdict,
			@Schema(description = "percent of the role's listed skills ticked, when made from a skills check") @Nullable Integer skillsPercent,
			@Schema(description = "what to learn: one route, two for a hybrid (the higher affinity first), or what both roles share") List<RouteJson> routes,
			@Schema(description = "parts of the address that could not be read and were left out") List<String> dropped,
			@Schema(description = "the role's headline pay in the chosen country") @Nullable PayJson pay,
			@Schema(description = "how people get in, as on the page") List<WayInJson> wayIn,
			@Nullable String quizResult, @Nullable String skillsResult,
			@Schema(description = "the plan page") String planPage){
	}

	record PayJson(@Schema(example = "US") String country, @Schema(example = "$99,344") String amount,
			@Schema(example = "MEAN") String kind, @Nullable String survey, @Nullable Integer year, String source,
			@Schema(description = "more than five years before the review date, as /api/v1/salaries says") boolean old,
			@Schema(description = "neither the figure nor its article is dated") boolean undated) {
	}

	@Schema(description = "One way into the role, with its sources")
	record WayInJson(String text, @Schema(example = "[\"dataversity-2023\"]") List<String> sources,
			@Schema(description = "the one country the fact is about, where the article gives it for one country only",
					example = "US") @Nullable String country) {

		static WayInJson of(FactView fact) {
			return new WayInJson(fact.text(), fact.citations().stream().map(Citation::id).toList(), fact.countryCode());
		}

	}

}
