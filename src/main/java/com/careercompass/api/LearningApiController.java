package com.careercompass.api;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Citation;
import com.careercompass.career.ToolNoteText;
import com.careercompass.learning.LearnPage;
import com.careercompass.learning.LearningService;
import com.careercompass.learning.RouteView;
import com.careercompass.system.web.ApiPaths;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where to start learning a skill, as its page shows it (docs/learning.md). */
@RestController
@RequestMapping(ApiPaths.V1)
@Tag(name = "Learning", description = "Where to start learning each skill: the portal's own editorial route")
class LearningApiController {

	private final LearningService learning;

	LearningApiController(LearningService learning) {
		this.learning = learning;
	}

	@GetMapping("/skills/{code}/learn")
	@Operation(summary = "Where to start learning a skill",
			description = "The skill's stage on the route, its family (the portal's grouping), one free official "
					+ "place to start (checked on the date given), a small piece of work that shows it, and why each "
					+ "role needs it. All but the last are the portal's own editorial work, not the articles'.")
	ResponseEntity<LearnJson> learn(@Parameter(example = "1") @PathVariable String code,
			@Parameter(description = "the role to explain it for first",
					example = "data-scientist") @RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String lang, Locale chosen) {
		Locale locale = ApiLanguage.of(lang, chosen);
		LearnPage page = this.learning.page(code, role, null, locale);
		return CatalogApiController.ok(LearnJson.of(page, this.learning.data().startsChecked().toString()));
	}

	@Schema(description = "A skill's page: where to start and how to show it")
	record LearnJson(String code, String name, @Nullable String explanation, @Schema(allowableValues = {
			"FOUNDATION", "CORE", "SPECIALISM" },
			description = "null for an aptitude, which is never a step") @Nullable String stage,
			@Schema(description = "the family it belongs to (our grouping), or null") @Nullable String family,
			List<String> familyMembers, RouteJson.@Nullable Start start,
			@Schema(description = "a small piece of work that shows it (ours)") @Nullable String proof,
			List<Need> roles, List<String> stoppedTools, @Schema(example = "2026-12-06",
					description = "when the places to start were checked") String startsChecked){

		static LearnJson of(LearnPage page, String checked) {
			String stage = (page.stage() != null) ? page.stage().name() : null;
			RouteView.StartView start = page.start();
			return new LearnJson(page.code(), page.name(), page.explanation(), stage, page.family(),
					page.familyMembers(), (start != null) ? RouteJson.Start.of(start) : null, page.proof(),
					page.needs()
						.stream()
						.map((n) -> new Need(n.slug(), n.evidence(), n.citations().stream().map(Citation::id).toList(),
								n.premiumPercent()))
						.toList(),
					page.toolNotes().stream().map(ToolNoteText::tool).toList(), checked);
		}

	}

	record Need(String role, @Schema(description = "how many of the articles on the role name it") int evidence,
			List<String> sources, @Nullable Integer premiumPercent) {
	}

}
