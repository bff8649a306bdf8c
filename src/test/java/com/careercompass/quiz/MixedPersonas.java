package com.careercompass.quiz;

import com.careercompass.quiz.QuizResult.Verdict;

/**
 * People drawn to both sides, to neither, or who say too little: no lean, a hybrid, or no
 * verdict.
 */
final class MixedPersonas {

	private MixedPersonas() {
	}

	static Persona deepLearningResearcher() {
		return Persona.of("deep-learning researcher", "stats")
			.answer("production", 2) // papers, not products, are her output
			.answer("statistics", 4) // solid in probability and statistics
			.answer("deeplearning", 5) // designs neural-network architectures for a
										// living
			.answer("present", 3) // gives conference talks when she must
			.answer("software", 3) // research code, tidy enough
			.answer("dataset", 3) // sometimes builds benchmarks, often uses public ones
			.answer("performance", 3) // training speed matters, serving speed not
			.answer("business", 1) // business questions do not interest her
			.answer("platform", 2) // tools for others are not her focus
			.answer("gpu", 5) // writes custom GPU kernels to train faster
			.answer("sql", 1) // never touches spreadsheets or BI
			.answer("languages", 3) // C++ when a kernel needs it
			.answer("realtime", 2) // her models run offline
			.answer("mlfocus", 5) // ML itself is her whole interest
			.expectOneOf(Verdict.NO_LEAN, Verdict.LEAN, Verdict.HYBRID)
			.expectNeighbour("ai-engineer");
	}

	static Persona hybrid() {
		return Persona.of("analyst who also loves shipping", "stats")
			.answer("production", 5) // wants his analyses to end up in a product
			.answer("statistics", 5) // statistics is his training and pleasure
			.answer("deeplearning", 3) // neither drawn to nor put off by deep learning
			.answer("present", 4) // enjoys presenting results
			.answer("software", 4) // writes tested, versioned code
			.answer("dataset", 4) // likes assembling his own data
			.answer("performance", 4) // cares that his models answer quickly
			.answer("business", 4) // likes choosing the problems worth solving
			.answer("platform", 4) // has built small tools for colleagues
			.answer("gpu", 2) // hardware is not his thing
			.answer("sql", 4) // at ease in SQL
			.answer("languages", 3) // could learn Java if needed
			.answer("realtime", 3) // no strong view on real-time systems
			.answer("mlfocus", 4) // wants ML at the centre
			.expect(Verdict.HYBRID, null);
	}

	static Persona allNeutral() {
		Persona p = Persona.of("neutral on everything", "other");
		// Someone who has no view yet on any of it answers neutral everywhere.
		for (String code : Personas.codes()) {
			p.answer(code, 3);
		}
		return p.expect(Verdict.FLAT, null);
	}

	static Persona allAgree() {
		Persona p = Persona.of("agrees with everything", "other");
		// An enthusiastic newcomer who likes the sound of every statement.
		for (String code : Personas.codes()) {
			p.answer(code, 5);
		}
		return p.expect(Verdict.FLAT, null);
	}

	static Persona allDisagree() {
		Persona p = Persona.of("disagrees with everything", "other");
		// Someone sent by a parent, who wants none of it.
		for (String code : Personas.codes()) {
			p.answer(code, 1);
		}
		return p.expect(Verdict.FLAT, null);
	}

	static Persona lowInterest() {
		return Persona.of("little interest in either role", "other")
			.answer("production", 2) // does not picture herself running systems
			.answer("statistics", 2) // statistics was a chore at school
			.answer("deeplearning", 1) // neural networks do not appeal
			.answer("present", 3) // presenting is fine, nothing more
			.answer("software", 1) // does not enjoy programming
			.answer("dataset", 2) // collecting data sounds tedious
			.answer("performance", 1) // speed of systems means nothing to her
			.answer("business", 3) // business questions are fine, nothing more
			.answer("platform", 1) // building tools for engineers: no
			.answer("gpu", 1) // hardware: no
			.answer("sql", 2) // spreadsheets all day: rather not
			.answer("languages", 1) // no wish to learn more languages
			.answer("realtime", 2) // real-time systems leave her cold
			.answer("mlfocus", 2) // ML is not what draws her
			.expect(Verdict.LOW_INTEREST, null);
	}

	static Persona oneStatementAboveFlat() {
		Persona p = Persona.of("neutral except for one statement", "other");
		// Has no view on anything, except a liking for the idea of shipping a product.
		for (String code : Personas.codes()) {
			p.answer(code, 3);
		}
		return p.answer("production", 5).expectOneOf(Verdict.FLAT, Verdict.LOW_INTEREST, Verdict.NO_LEAN);
	}

	static Persona mostlyNotSure() {
		Persona p = Persona.of("new to the field, mostly not sure", "other");
		// A first-year student who does not know most of the terms yet.
		for (String code : Personas.codes()) {
			p.answer(code, Question.NOT_SURE);
		}
		return p.answer("statistics", 4) // liked statistics at school
			.answer("present", 4) // enjoys giving talks
			.answer("production", 3) // has no idea yet
			.expect(Verdict.TOO_FEW, null);
	}

	static Persona shipsAndAnalyses() {
		return Persona.of("statistician who wants to ship models", "stats")
			.answer("production", 5) // wants her models running in a product
			.answer("statistics", 5) // statistics is her training
			.answer("deeplearning", 3) // no view
			.answer("present", 3) // no view
			.answer("software", 3) // no view
			.answer("dataset", 3) // no view
			.answer("performance", 3) // no view
			.answer("business", 3) // no view
			.answer("platform", 3) // no view
			.answer("gpu", 3) // no view
			.answer("sql", 3) // no view
			.answer("languages", 3) // no view
			.answer("realtime", 3) // no view
			.answer("mlfocus", 3) // no view
			.because("production", "statistics")
			.expect(Verdict.HYBRID, null);
	}

}
