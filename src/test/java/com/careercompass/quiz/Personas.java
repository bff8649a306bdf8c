package com.careercompass.quiz;

import java.util.List;

import com.careercompass.quiz.QuizResult.Verdict;

/** The people the quiz is validated against (docs/quiz.md, "Personas"). */
final class Personas {

	static final String MLE = "machine-learning-engineer";

	static final String DS = "data-scientist";

	private Personas() {
	}

	static List<Persona> all() {
		return List.of(statistician(), storyteller(), biAnalyst(), backendDeveloper(), platformBuilder(),
				realTimeEngineer(), deepLearningResearcher(), hybrid(), allNeutral(), allAgree(), allDisagree(),
				lowInterest(), oneStatementAboveFlat(), mostlyNotSure(), developerWithoutMl(), careerChanger());
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
			.expect(Verdict.LEAN, DS);
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
			.expect(Verdict.LEAN, DS);
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
			.expect(Verdict.LEAN, DS);
	}

	static Persona backendDeveloper() {
		return Persona.of("backend developer moving into ML", "software")
			.answer("production", 5) // loves shipping to real users and keeping services
										// up
			.answer("statistics", 2) // statistics was her least favourite course
			.answer("deeplearning", 4) // has followed deep-learning courses in the
										// evenings
			.answer("present", 2) // prefers code reviews to slide decks
			.answer("software", 5) // clean, tested, versioned code is her craft
			.answer("dataset", 2) // happy to receive data from the data team
			.answer("performance", 5) // tunes latency and throughput for fun
			.answer("business", 2) // leaves prioritisation to product managers
			.answer("platform", 4) // enjoys building internal tools
			.answer("gpu", 3) // has not tried GPUs yet, open to it
			.answer("sql", 2) // writes SQL but would not spend a day on charts
			.answer("languages", 5) // writes Java daily
			.answer("realtime", 4) // has built streaming services
			.answer("mlfocus", 4) // wants ML to be the centre of her next job
			.because("production", "software")
			.expect(Verdict.LEAN, MLE);
	}

	static Persona platformBuilder() {
		return Persona.of("MLOps and platform builder", "software")
			.answer("production", 5) // on call for the model-serving platform, and proud
										// of it
			.answer("statistics", 3) // knows enough statistics to review experiments
			.answer("deeplearning", 3) // deploys deep-learning models without designing
										// them
			.answer("present", 2) // would rather write documentation than give talks
			.answer("software", 5) // treats infrastructure as well-tested code
			.answer("dataset", 1) // data arrives through the pipelines he builds
			.answer("performance", 5) // measures latency and cost of every service
			.answer("business", 2) // trusts others to choose the problems
			.answer("platform", 5) // building the platform other teams use is his job and
									// passion
			.answer("gpu", 4) // schedules GPU clusters and enjoys squeezing them
			.answer("sql", 2) // dashboards are not his thing
			.answer("languages", 4) // writes Go and Java as well as Python
			.answer("realtime", 4) // runs online feature stores
			.answer("mlfocus", 3) // likes ML systems as much as any other system
			.because("platform", "production")
			.expect(Verdict.LEAN, MLE);
	}

	static Persona realTimeEngineer() {
		return Persona.of("real-time and big-data engineer", "software")
			.answer("production", 5) // the systems he builds serve millions of requests
			.answer("statistics", 2) // statistics bores him
			.answer("deeplearning", 3) // neutral on neural networks
			.answer("present", 1) // dislikes preparing presentations
			.answer("software", 4) // careful engineer, reviews every change
			.answer("dataset", 2) // consumes data streams rather than assembling data
									// sets
			.answer("performance", 5) // latency budgets are what he thinks about
			.answer("business", 3) // sometimes joins product discussions
			.answer("platform", 4) // builds pipelines for analysts and scientists
			.answer("gpu", 2) // CPUs and clusters, not GPUs, are his world
			.answer("sql", 3) // writes SQL on streams, not for charts
			.answer("languages", 5) // works in Java and Scala
			.answer("realtime", 5) // streaming systems are his passion
			.answer("mlfocus", 3) // would add ML to his systems, not make it his whole
									// job
			.because("realtime", "performance")
			.expect(Verdict.LEAN, MLE);
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
		for (String code : codes()) {
			p.answer(code, 3);
		}
		return p.expect(Verdict.FLAT, null);
	}

	static Persona allAgree() {
		Persona p = Persona.of("agrees with everything", "other");
		// An enthusiastic newcomer who likes the sound of every statement.
		for (String code : codes()) {
			p.answer(code, 5);
		}
		return p.expect(Verdict.FLAT, null);
	}

	static Persona allDisagree() {
		Persona p = Persona.of("disagrees with everything", "other");
		// Someone sent by a parent, who wants none of it.
		for (String code : codes()) {
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
		for (String code : codes()) {
			p.answer(code, 3);
		}
		return p.answer("production", 5).expectOneOf(Verdict.FLAT, Verdict.LOW_INTEREST, Verdict.NO_LEAN);
	}

	static Persona mostlyNotSure() {
		Persona p = Persona.of("new to the field, mostly not sure", "other");
		// A first-year student who does not know most of the terms yet.
		for (String code : codes()) {
			p.answer(code, Question.NOT_SURE);
		}
		return p.answer("statistics", 4) // liked statistics at school
			.answer("present", 4) // enjoys giving talks
			.answer("production", 3) // has no idea yet
			.expect(Verdict.TOO_FEW, null);
	}

	static Persona developerWithoutMl() {
		return Persona.of("developer with no interest in ML", "software")
			.answer("production", 4) // likes shipping features to users
			.answer("statistics", 1) // statistics is not for him
			.answer("deeplearning", 1) // neural networks do not interest him
			.answer("present", 2) // rather not present to managers
			.answer("software", 5) // software craft is his passion
			.answer("dataset", 2) // data collection is someone else's job
			.answer("performance", 4) // likes fast systems
			.answer("business", 2) // leaves the why to others
			.answer("platform", 4) // likes building developer tools
			.answer("gpu", 2) // does not care for GPUs
			.answer("sql", 3) // writes SQL for his apps
			.answer("languages", 5) // C++ and Java are his languages
			.answer("realtime", 4) // enjoys event-driven systems
			.answer("mlfocus", 1) // ML is exactly what he does not want at the centre
			.because("software", "languages")
			.expect(Verdict.LEAN, MLE)
			.expectNeighbour("software-engineer");
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
			.expect(Verdict.LEAN, DS);
	}

	private static List<String> codes() {
		return List.of("production", "statistics", "deeplearning", "present", "software", "dataset", "performance",
				"business", "platform", "gpu", "sql", "languages", "realtime", "mlfocus");
	}

}
