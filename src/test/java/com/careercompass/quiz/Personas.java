package com.careercompass.quiz;

import java.util.List;

/**
 * The people the quiz is validated against (docs/quiz.md, "Personas"): each described by
 * traits, each answer set from a trait.
 */
final class Personas {

	static final String MLE = "machine-learning-engineer";

	static final String DS = "data-scientist";

	private Personas() {
	}

	static List<Persona> all() {
		return List.of(AnalysePersonas.statistician(), AnalysePersonas.storyteller(), AnalysePersonas.biAnalyst(),
				AnalysePersonas.careerChanger(), AnalysePersonas.biostatistician(), AnalysePersonas.productAnalyst(),
				AnalysePersonas.juniorAnalyst(), BuildPersonas.backendDeveloper(), BuildPersonas.platformBuilder(),
				BuildPersonas.realTimeEngineer(), BuildPersonas.developerWithoutMl(), BuildPersonas.gpuTinkerer(),
				BuildPersonas.embeddedEngineer(), BuildPersonas.juniorWebDeveloper(),
				MixedPersonas.deepLearningResearcher(), MixedPersonas.hybrid(), MixedPersonas.shipsAndAnalyses(),
				MixedPersonas.allNeutral(), MixedPersonas.allAgree(), MixedPersonas.allDisagree(),
				MixedPersonas.lowInterest(), MixedPersonas.oneStatementAboveFlat(), MixedPersonas.mostlyNotSure());
	}

	static List<String> codes() {
		return List.of("production", "statistics", "deeplearning", "present", "software", "dataset", "performance",
				"business", "platform", "gpu", "sql", "languages", "realtime", "mlfocus");
	}

}
