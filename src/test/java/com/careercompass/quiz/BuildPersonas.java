package com.careercompass.quiz;

import com.careercompass.quiz.QuizResult.Strength;
import com.careercompass.quiz.QuizResult.Verdict;

/** People drawn to building and running systems: the design sends them to ML Engineer. */
final class BuildPersonas {

	private BuildPersonas() {
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
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.MLE);
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
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.MLE);
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
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.MLE);
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
			.strength(Strength.MODERATE, Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.MLE)
			.expectNeighbour("software-engineer");
	}

	static Persona gpuTinkerer() {
		return Persona.of("student who tunes GPU code for fun", "other")
			.answer("production", 4) // wants the models she speeds up to end up in an app
			.answer("statistics", 2) // statistics courses were her weakest
			.answer("deeplearning", 5) // trains small neural networks at home
			.answer("present", 2) // would rather show a benchmark than a slide deck
			.answer("software", 4) // keeps her projects on Git with tests
			.answer("dataset", 2) // uses public data sets
			.answer("performance", 5) // measuring speed-ups is her favourite part
			.answer("business", 2) // business questions leave her cold
			.answer("platform", 3) // has not thought about tools for others
			.answer("gpu", 5) // writes CUDA kernels in her spare time
			.answer("sql", 2) // databases bore her
			.answer("languages", 5) // C++ is her first language
			.answer("realtime", 4) // likes the idea of models answering instantly
			.answer("mlfocus", 5) // wants ML at the heart of her work
			.because("gpu", "performance")
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.MLE)
			.expectNeighbour("ai-engineer");
	}

	static Persona embeddedEngineer() {
		return Persona.of("embedded engineer putting models on devices", "software")
			.answer("production", 5) // his code runs in thousands of shipped devices
			.answer("statistics", 3) // knows the basics, no more
			.answer("deeplearning", 4) // compresses neural networks to fit on chips
			.answer("present", 2) // writes specifications, rarely presents
			.answer("software", 4) // careful, reviewed code is a habit of his trade
			.answer("dataset", 2) // receives the training data from others
			.answer("performance", 5) // every millisecond and milliwatt counts
			.answer("business", 3) // follows the product roadmap without shaping it
			.answer("platform", 3) // builds tools only when he needs them
			.answer("gpu", 4) // targets small accelerators
			.answer("sql", 1) // never touches dashboards
			.answer("languages", 5) // C and C++ every day
			.answer("realtime", 5) // sensor streams processed on the spot
			.answer("mlfocus", 4) // wants ML to be more of his job
			.because("production", "performance", "realtime")
			.strength(Strength.CLEAR)
			.expect(Verdict.LEAN, Personas.MLE);
	}

	static Persona juniorWebDeveloper() {
		return Persona.of("junior web developer, mildly drawn to building", "software")
			.answer("production", 4) // likes seeing features go live
			.answer("statistics", 3) // has no view on statistics yet
			.answer("deeplearning", 3) // has heard of neural networks, no more
			.answer("present", 3) // presenting is fine
			.answer("software", 4) // enjoys tidy code
			.answer("dataset", 3) // no view
			.answer("performance", 4) // likes a fast page
			.answer("business", 3) // no view
			.answer("platform", 4) // has enjoyed writing small tools
			.answer("gpu", 3) // no view
			.answer("sql", 3) // writes the SQL his apps need, no more
			.answer("languages", 4) // happy in TypeScript and Java
			.answer("realtime", 3) // no view
			.answer("mlfocus", 3) // unsure whether ML should be central
			.because("production", "software")
			.strength(Strength.SLIGHT)
			.expect(Verdict.LEAN, Personas.MLE);
	}

}
