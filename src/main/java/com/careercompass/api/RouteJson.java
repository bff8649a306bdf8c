package com.careercompass.api;

import java.util.List;

import com.careercompass.career.Citation;
import com.careercompass.career.ToolNoteText;
import com.careercompass.learning.RouteView;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A learning route as the API gives it (docs/learning.md): what the person lacks for the
 * role, in stages, aptitudes apart; stages, order, places to start and pieces of work are
 * the portal's own suggestions.
 */
@Schema(description = "What to learn, in stages (the portal's own route model, docs/learning.md)")
record RouteJson(@Schema(description = "the role, or the two roles whose shared ground it is") List<String> roles,
		@Schema(description = "whether the person already has a programming language") boolean languageMet,
		List<Step> steps,
		@Schema(description = "aptitudes the role asks for, listed apart: never steps") List<String> aptitudes,
		@Schema(description = "when the places to start were checked") String startsChecked) {

	static RouteJson of(RouteView route, String base) {
		return new RouteJson(route.roles(), route.languageMet(),
				route.steps().stream().map((s) -> Step.of(s, base)).toList(), route.aptitudes(), route.startsChecked());
	}

	record Step(@Schema(example = "z") String code, String title, @Schema(allowableValues = {
			"FOUNDATION", "CORE", "SPECIALISM" }) String stage,
			@Schema(description = "for a family (our grouping), the articles' names for it") List<String> members,
			@Schema(description = "for the first language, the others that would do as well") List<String> alternatives,
			@Schema(description = "how many of the articles on the role name it") int evidence,
			@Nullable Integer premiumPercent, @Nullable String premiumSurvey, List<String> sources,
			@Schema(description = "the statement agreed with that leads here, if any") @Nullable String because,
			@Schema(description = "a free official place to start, or null when we found none") @Nullable Start start,
			@Schema(description = "a small piece of work that shows the skill (ours)") String proof,
			List<String> stoppedTools, @Schema(description = "the skill's page") String page){

		static Step of(RouteView.StepView s, String base) {
			return new Step(s.code(), s.title(), s.stage().name(), s.members(), s.alternatives(), s.evidence(),
					s.premiumPercent(), s.premiumSurvey(), s.citations().stream().map(Citation::id).toList(),
					s.because(), (s.start() != null) ? Start.of(s.start()) : null, s.proof(),
					s.toolNotes().stream().map(ToolNoteText::tool).toList(), base + s.href());
		}

	}

	record Start(String title, String publisher, String url,
			@Schema(description = "true when a French reader is sent to the English version") boolean english) {

		static Start of(RouteView.StartView start) {
			return new Start(start.title(), start.publisher(), start.url(), start.english());
		}

	}

}
