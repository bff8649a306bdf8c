package com.careercompass.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.careercompass.career.RoleFact;
import com.careercompass.career.Skill;

import com.careercompass.jobad.AdAddress;
import com.careercompass.jobad.AdReading;
import com.careercompass.jobad.AdVerdict;
import com.careercompass.jobad.JobAdService;
import com.careercompass.jobad.JobAdView;
import com.careercompass.jobad.Lexicon;
import com.careercompass.jobad.Term;
import com.careercompass.skills.Ticks;
import com.careercompass.system.web.ApiPaths;
import com.careercompass.system.web.BaseUrl;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A job ad read, as the result page shows it (docs/job-ad.md). The text is read for the
 * request and never kept; the answer is never cached.
 */
@RestController
@RequestMapping(path = ApiPaths.V1 + "/job-ad", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Job ads", description = "Which of the two jobs a job ad describes, and what a reader lacks for it")
class JobAdApiController {

	private final JobAdService ads;

	private final BaseUrl baseUrl;

	JobAdApiController(JobAdService ads, BaseUrl baseUrl) {
		this.ads = ads;
		this.baseUrl = baseUrl;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Read a job ad",
			description = "The text (English or French, up to 20,000 characters) is read for this request only. "
					+ "Returns which job it describes (role: machine-learning-engineer, data-scientist, both or "
					+ "unclear), how clearly, the evidence, what was recognised with the ad's own words, and with "
					+ "have (skill codes as in a skills-check result, joined by dots) the reader's coverage. "
					+ "An empty text is a 400, a longer one a 413.")
	ResponseEntity<JobAdJson> read(@RequestBody TextJson body, @RequestParam(required = false) @Nullable String lang,
			Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		AdReading reading = this.ads.read(body.text());
		JobAdService.Result result = this.ads.withHave(reading, body.have());
		JobAdView view = this.ads.view(result, locale);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(JobAdJson.of(reading, view, this.baseUrl.get() + AdAddress.resultPath(reading, result.have()),
					locale));
	}

	@Schema(description = "A job ad to read")
	record TextJson(@Schema(description = "the ad's text, up to 20,000 characters",
			example = "Data Scientist\nYou will deploy our models to production with Docker and Kubernetes, monitor latency and retrain them.") @Nullable String text,
			@Schema(description = "the reader's skills, codes as in a skills-check result, joined by dots",
					example = "1.7.b") @Nullable String have) {
	}

	@Schema(description = "A job ad read, the same as the result page's")
	record JobAdJson(@Schema(allowableValues = {
			"machine-learning-engineer", "data-scientist", "both", "unclear" }) String role,
			@Schema(allowableValues = { "CLEAR", "MODERATE", "SLIGHT", "NONE" }) String strength,
			@Schema(description = "the role the ad's title names, or null") @Nullable String titled,
			@Schema(description = "the title names the other role than the work") boolean misleadingTitle,
			@Schema(description = "each role's share of its own skills and duties the ad names") List<SideJson> sides,
			List<FoundJson> skills, List<FoundJson> duties,
			@Schema(description = "tools the ad names that are on neither role's list") List<FoundJson> unlisted,
			@Schema(description = "with have: how many of the skills the ad asks for the reader has") @Nullable CoverageJson coverage,
			@Schema(description = "the result page (it holds no text of the ad)") String resultPage){

		static JobAdJson of(AdReading reading, JobAdView view, String page, Locale locale) {
			AdVerdict v = reading.verdict();
			String role = switch (v.call()) {
				case ROLE -> Objects.requireNonNull(v.role()).slug();
				case BOTH -> "both";
				case UNCLEAR -> "unclear";
			};
			List<FoundJson> skills = new ArrayList<>();
			List<FoundJson> duties = new ArrayList<>();
			List<FoundJson> unlisted = new ArrayList<>();
			for (Lexicon.Found f : reading.found()) {
				Term term = f.term();
				switch (term.kind()) {
					case SKILL -> {
						Skill skill = Objects.requireNonNull(term.skill());
						skills.add(new FoundJson(Ticks.code(skill.id()), skill.name().in(locale), null, f.words(),
								f.count()));
					}
					case DUTY -> {
						RoleFact duty = Objects.requireNonNull(term.duty());
						duties.add(new FoundJson(null, duty.text().in(locale), duty.roleSlug(), f.words(), f.count()));
					}
					case UNLISTED -> unlisted.add(new FoundJson(null, null, null, f.words(), f.count()));
					case TITLE -> {
					}
				}
			}
			return new JobAdJson(role, v.strength().name(), (v.titled() != null) ? v.titled().slug() : null,
					v.misleadingTitle(),
					v.sides()
						.stream()
						.map((s) -> new SideJson(s.role().slug(), s.items(), s.skillTotal() + s.dutyTotal(),
								s.percent()))
						.toList(),
					List.copyOf(skills), List.copyOf(duties), List.copyOf(unlisted),
					view.fit().ticked() ? new CoverageJson(view.fit().have(), view.fit().asked().size()) : null, page);
		}

	}

	@Schema(description = "One role's evidence: how many of its own skills and duties the ad names")
	record SideJson(String role, int items, int total, int percent) {
	}

	@Schema(description = "Something the ad names, with its own words (at most 60 characters)")
	record FoundJson(@Schema(description = "a skill's code, as in /api/v1/skills") @Nullable String code,
			@Schema(description = "the skill's name or the duty's text") @Nullable String name,
			@Schema(description = "a duty's role") @Nullable String role, String words, int count) {
	}

	record CoverageJson(int have, int asked) {
	}

}
