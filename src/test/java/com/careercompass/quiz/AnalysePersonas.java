package com.careercompass.quiz;

import com.careercompass.quiz.QuizResult.Strength;
import com.careercompass.quiz.QuizResult.Verdict;

/**
 * People drawn to analysing and explaining data: the design sends them to Data Scientist.
 */
final class AnalysePersonas {

	private AnalysePersonas() {
	}

	static Persona statistician() {
		return Persona.of("statistician who loves presenting", "stats")
			.answer("production", 2) // has never shipped software and does not miss it
			.answer("statistics", 5) // trained in statistics; it is the part of work she
										// enjoys most
			.answer("deeplearning", 3) // curious about neural networks, no more
			.answer("present", 5) // lights up when explaining results to managers
			.answer("software", 2) // writes scripts, not maintained software
			.answer("dataset", 4) // likes designing surveys and collecting her own data
			.answer("performance", 1) // cares what a model means, not how fast it answers
			.answer("business", 5) // asks "what decision will this change?" first
			.answer("platform", 2) // building tools for others sounds dull to her
			.answer("gpu", 1) // hardware does not interest her
			.answer("sql", 4) // at home in SQL and spreadsheets
			.answer("languages", 1) // R and Python are all she wants
			.answer("realtime", 2) // batch analyses suit her pace
			.answer("mlfocus", 3) // ML is one tool among many in her statistics
			.because("statistics", "present", "business")
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.DS);
	}

	static Persona storyteller() {
		return Persona.of("storyteller who explains data to the public", "other")
			.answer("production", 1) // product engineering is far from what she wants
			.answer("statistics", 4) // enjoys finding the trend behind a story
			.answer("deeplearning", 2) // neural networks feel abstract to her
			.answer("present", 5) // her strength is telling a clear story with charts
			.answer("software", 2) // codes only what a chart needs
			.answer("dataset", 5) // loves digging up and assembling data nobody has put
									// together
			.answer("performance", 2) // speed is not her concern
			.answer("business", 4) // likes choosing which questions are worth asking
			.answer("platform", 1) // no interest in building tools for engineers
			.answer("gpu", 1) // has never thought about hardware
			.answer("sql", 3) // uses SQL when she must
			.answer("languages", 1) // Python is enough
			.answer("realtime", 2) // her stories take weeks, not milliseconds
			.answer("mlfocus", 2) // ML is a means, not the heart of her work
			.because("present", "dataset")
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.DS);
	}

	static Persona biAnalyst() {
		return Persona.of("BI analyst at home in SQL", "analysis")
			.answer("production", 2) // reports, not products, are his output
			.answer("statistics", 4) // enjoys spotting trends in sales data
			.answer("deeplearning", 2) // deep learning feels far from his dashboards
			.answer("present", 4) // presents monthly figures to management
			.answer("software", 2) // queries and spreadsheets, not software projects
			.answer("dataset", 3) // sometimes builds his own extracts, sometimes not
			.answer("performance", 2) // cares about correct figures more than speed
			.answer("business", 5) // knows the business questions better than anyone
			.answer("platform", 2) // tools for other teams are IT's job to him
			.answer("gpu", 1) // no interest in hardware
			.answer("sql", 5) // SQL and BI tools are his daily home
			.answer("languages", 2) // has no wish to learn Java or C++
			.answer("realtime", 2) // daily refreshes are fast enough for him
			.answer("mlfocus", 3) // curious about ML, but not as the heart of his work
			.because("sql", "business")
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.DS);
	}

	static Persona careerChanger() {
		return Persona.of("marketing analyst changing career", "analysis")
			.answer("production", 3) // unsure what running a product involves
			.answer("statistics", 4) // enjoyed the statistics course she just finished
			.answer("deeplearning", 3) // intrigued by deep learning, knows little about
										// it
			.answer("present", 5) // presenting campaigns is what she is good at
			.answer("software", 2) // new to programming
			.answer("dataset", 4) // used to running surveys and building her own data
			.answer("performance", 2) // system speed is not her concern
			.answer("business", 5) // thinks in business questions
			.answer("platform", 2) // tools for engineers do not appeal
			.answer("gpu", Question.NOT_SURE) // does not know what a GPU kernel is
			.answer("sql", 4) // uses spreadsheets and dashboards every day
			.answer("languages", 2) // Python is already a stretch
			.answer("realtime", 3) // no opinion on real-time systems
			.answer("mlfocus", 3) // ML is interesting, not the point
			.because("present", "business")
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.DS);
	}

	static Persona biostatistician() {
		return Persona.of("biostatistician designing clinical studies", "stats")
			.answer("production", 1) // no wish to run software products
			.answer("statistics", 5) // statistics is her profession
			.answer("deeplearning", 2) // sceptical of black-box models
			.answer("present", 4) // explains results to doctors and regulators
			.answer("software", 3) // writes careful scripts, not products
			.answer("dataset", 5) // designs how the study's data are collected
			.answer("performance", 2) // correctness matters, speed does not
			.answer("business", 4) // asks which decision a study must inform
			.answer("platform", 1) // tools for engineers do not appeal
			.answer("gpu", 1) // no interest in hardware
			.answer("sql", 3) // queries the trial database when she must
			.answer("languages", 1) // R and SAS are enough
			.answer("realtime", 1) // studies take months, not milliseconds
			.answer("mlfocus", 2) // ML is one method among many
			.because("statistics", "dataset")
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.DS);
	}

	static Persona productAnalyst() {
		return Persona.of("product analyst running A/B tests", "analysis")
			.answer("production", 3) // works beside the product team, no view on running
										// it
			.answer("statistics", 4) // reads test results with care
			.answer("deeplearning", 3) // no view
			.answer("present", 4) // presents results to product managers weekly
			.answer("software", 3) // versioned notebooks, nothing more
			.answer("dataset", 3) // uses the event data as it comes
			.answer("performance", 3) // no view
			.answer("business", 4) // every test answers a product question
			.answer("platform", 3) // no view
			.answer("gpu", 2) // hardware does not interest him
			.answer("sql", 4) // SQL most days
			.answer("languages", 2) // Python is enough
			.answer("realtime", 3) // no view
			.answer("mlfocus", 3) // ML is a tool, not the point
			.because("statistics", "business", "sql")
			.strength(Strength.SLIGHT, Strength.MODERATE)
			.expect(Verdict.LEAN, Personas.DS);
	}

	static Persona juniorAnalyst() {
		return Persona.of("junior analyst, mildly drawn to analysis", "analysis")
			.answer("production", 3) // no view
			.answer("statistics", 4) // liked statistics at university
			.answer("deeplearning", 3) // no view
			.answer("present", 4) // enjoys explaining a chart
			.answer("software", 3) // no view
			.answer("dataset", 3) // no view
			.answer("performance", 3) // no view
			.answer("business", 4) // curious about why the business asks
			.answer("platform", 3) // no view
			.answer("gpu", 3) // no view
			.answer("sql", 4) // learnt SQL in her first job
			.answer("languages", 3) // no view
			.answer("realtime", 3) // no view
			.answer("mlfocus", 3) // unsure whether ML should be central
			.because("statistics", "present")
			.strength(Strength.SLIGHT)
			.expect(Verdict.LEAN, Personas.DS);
	}

}
