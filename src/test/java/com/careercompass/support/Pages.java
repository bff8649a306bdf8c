package com.careercompass.support;

import java.util.List;

/** Every kind of page a reader can reach, for the tests that sweep them all. */
public final class Pages {

	public static final String QUIZ_RESULT = "/quiz/result?v=2&production=5&statistics=2&deeplearning=3&present=2"
			+ "&software=5&dataset=2&performance=5&business=2&platform=4&gpu=3&sql=2&languages=4&realtime=0&mlfocus=4"
			+ "&background=software";

	/** Python, statistics, data analysis and SQL ticked, statistics used at work. */
	public static final String SKILLS_RESULT = "/skills-check/result?v=3&have=1.7.8.b&work=7";

	/** The plan from both results above. */
	public static final String PLAN = "/plan?quiz=2&production=5&statistics=2&deeplearning=3&present=2&software=5"
			+ "&dataset=2&performance=5&business=2&platform=4&gpu=3&sql=2&languages=4&realtime=0&mlfocus=4"
			+ "&background=software&skills=3&have=1.7.8.b&work=7";

	/** A plan from a quiz with no lean: what both roles share, and a trial of each. */
	public static final String UNDECIDED_PLAN = "/plan?quiz=2&production=3&statistics=3&deeplearning=3&present=3"
			+ "&software=3&dataset=3&performance=3&business=3&platform=3&gpu=3&sql=3&languages=3&realtime=3&mlfocus=3"
			+ "&background=other&country=ZZ";

	/**
	 * A step's page: a family of skills, read for the ML Engineer, with the way back to a
	 * plan.
	 */
	public static final String LEARN = "/learn/t?role=machine-learning-engineer&back=%2Fplan%3Fquiz%3D2";

	/**
	 * A job ad read (an ad titled Data Scientist whose work is ML engineering), with
	 * Python ticked.
	 */
	public static final String JOB_AD_RESULT = "/job-ad/result?v=1&t=1.85.88.c2.c3.cf.ds.ed.ee.gk.hb.jd.jh"
			+ "&skills=3&have=1";

	public static final List<String> ALL = List.of("/", "/roles", "/roles/machine-learning-engineer",
			"/roles/data-scientist", "/roles/software-engineer", "/roles/ai-engineer", "/roles/data-engineer",
			"/sources", "/roles/unknown-role", "/compare", "/compare/machine-learning-engineer-vs-data-scientist",
			"/compare/data-engineer-vs-ai-engineer", "/compare/data-scientist-vs-data-scientist",
			"/compare?a=data-scientist", "/quiz", "/quiz?v=2&present=5", QUIZ_RESULT, "/quiz/result?v=1&present=2",
			"/quiz/result?v=1&present=4&production=4&statistics=4&software=4&dataset=4&performance=4&deeplearning=3"
					+ "&business=4&languages=3&sql=4&mlfocus=4&gpu=2&background=stats",
			"/open-data", "/skills-check", "/skills-check?v=3&have=1&have=zz", SKILLS_RESULT,
			"/skills-check/result?v=3&have=2.1", "/skills-check?first=data-scientist&focus=b.9", PLAN, "/plan",
			"/plan?skills=3&have=zz", UNDECIDED_PLAN, LEARN, "/learn/5", "/learn/nowhere", "/job-ad", JOB_AD_RESULT,
			"/job-ad/result?v=1&t=1.85", "/job-ad/result?v=9&t=1", "/skills-check/from-cv",
			"/skills-check/from-cv/result?v=1&t=1.ds");

	private Pages() {
	}

}
