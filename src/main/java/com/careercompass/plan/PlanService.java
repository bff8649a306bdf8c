package com.careercompass.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.FactKind;
import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.quiz.QuizService;
import com.careercompass.role.FactView;
import com.careercompass.role.RoleGlance;
import com.careercompass.skills.SkillsCheckResult;
import com.careercompass.skills.SkillsCheckService;
import com.careercompass.skills.SkillsResultView;
import com.careercompass.skills.Ticks;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds a plan from a plan link's parameters: the quiz's answers after {@value #QUIZ}
 * (its version), the skills check's ticks after {@value #SKILLS} (its version),
 * optionally the role ({@value #ROLE}) and the country ({@value #COUNTRY}).
 */
@Service
public class PlanService {

	static final String QUIZ = "quiz";

	static final String SKILLS = "skills";

	static final String ROLE = "role";

	static final String COUNTRY = "country";

	static final String HAVE = "have";

	static final String WORK = "work";

	private final CatalogService catalogs;

	private final QuizService quizzes;

	private final SkillsCheckService checks;

	PlanService(CatalogService catalogs, QuizService quizzes, SkillsCheckService checks) {
		this.catalogs = catalogs;
		this.quizzes = quizzes;
		this.checks = checks;
	}

	/** The parameters a plan link may carry. */
	public Set<String> parameterNames() {
		Set<String> names = new java.util.HashSet<>(Set.of(QUIZ, SKILLS, ROLE, COUNTRY, HAVE, WORK));
		this.quizzes.quiz().questions().forEach((q) -> names.add(q.code()));
		return names;
	}

	/**
	 * The plan a link describes.
	 * @param params the link's parameters
	 * @param locale the reader's language
	 * @return the plan, or null when the link names no result at all
	 * @throws InvalidPlanException when a part of the link cannot be read
	 */
	public @Nullable Plan plan(Map<String, String[]> params, Locale locale) {
		if (!params.containsKey(QUIZ) && !params.containsKey(SKILLS)) {
			if (parameterNames().stream().noneMatch(params::containsKey)) {
				return null;
			}
			throw new InvalidPlanException();
		}
		Catalog catalog = this.catalogs.catalog();
		Quiz quiz = this.quizzes.quiz();
		QuizService.Link quizLink = null;
		if (params.containsKey(QUIZ)) {
			Map<String, String[]> quizParams = new LinkedHashMap<>();
			quizParams.put("v", params.get(QUIZ));
			quiz.questions().forEach((q) -> {
				if (params.containsKey(q.code())) {
					quizParams.put(q.code(), params.get(q.code()));
				}
			});
			try {
				quizLink = this.quizzes.readLink(quiz, quizParams);
			}
			catch (RuntimeException ex) {
				throw new InvalidPlanException();
			}
		}
		else if (quiz.questions().stream().anyMatch((q) -> params.containsKey(q.code()))) {
			throw new InvalidPlanException();
		}
		SkillsCheckResult skillsResult = null;
		if (params.containsKey(SKILLS)) {
			Map<String, String[]> skillParams = new LinkedHashMap<>();
			skillParams.put("v", params.get(SKILLS));
			for (String name : List.of(HAVE, WORK)) {
				if (params.containsKey(name)) {
					skillParams.put(name, params.get(name));
				}
			}
			try {
				skillsResult = this.checks.check(skillParams, null);
			}
			catch (RuntimeException ex) {
				throw new InvalidPlanException();
			}
		}
		else if (params.containsKey(HAVE) || params.containsKey(WORK)) {
			throw new InvalidPlanException();
		}
		QuizResultView quizView = (quizLink != null)
				? this.quizzes.result(quiz, quizLink.answers(), quizLink.carried(), locale) : null;
		SkillsResultView skillsView = (skillsResult != null) ? SkillsResultView.of(catalog, skillsResult, locale)
				: null;
		List<String> roles = quiz.scoredRoles();
		String chosen = single(params, ROLE);
		if (chosen != null && !roles.contains(chosen)) {
			throw new InvalidPlanException();
		}
		String basis;
		String role;
		if (chosen != null) {
			basis = "CHOSEN";
			role = chosen;
		}
		else if (quizView != null && quizView.result().lean() != null) {
			basis = "QUIZ";
			role = quizView.result().lean();
		}
		else if (skillsResult != null && skillsResult.lean().role() != null) {
			basis = "SKILLS";
			role = skillsResult.lean().role().slug();
		}
		else {
			basis = "NONE";
			role = roles.get(0);
		}
		String otherSlug = role.equals(roles.get(0)) ? roles.get(1) : roles.get(0);
		List<RoleGlance.PayLine> pay = RoleGlance.PayLine.of(catalog, catalog.payOf(role), locale);
		String country = single(params, COUNTRY);
		RoleGlance.PayLine payHere = null;
		if (country != null) {
			payHere = pay.stream()
				.filter((line) -> line.countryCode().equals(country))
				.findFirst()
				.orElseThrow(InvalidPlanException::new);
		}
		else if (!pay.isEmpty()) {
			payHere = pay.get(0);
		}
		SkillsResultView.RoleView skillsForRole = (skillsView != null)
				? skillsView.roles().stream().filter((r) -> r.slug().equals(role)).findFirst().orElse(null) : null;
		Set<String> ticked = (skillsResult != null) ? ticked(catalog, skillsResult.ticks(), role) : Set.of();
		List<Plan.Step> learn = learn(quizView, role, skillsForRole, ticked);
		List<FactView> wayIn = FactView.of(catalog, catalog.factsOf(role, FactKind.EDUCATION), locale)
			.stream()
			.limit(2)
			.toList();
		return new Plan(role(catalog, role, locale), role(catalog, otherSlug, locale), basis, quizView, skillsView,
				skillsForRole, learn, pay, payHere, wayIn, (quizView != null) ? quizView.sharePath() : null,
				(skillsResult != null) ? skillsResult.sharePath() : null, path(params, true), path(params, false),
				keep(params));
	}

	/**
	 * What to learn first: the quiz's next steps for the role (from what the person
	 * said), leaving out skills they ticked, then the skills check's first skills, up to
	 * {@link Plan#LEARN}.
	 */
	private static List<Plan.Step> learn(@Nullable QuizResultView quiz, String role,
			SkillsResultView.@Nullable RoleView skills, Set<String> ticked) {
		List<Plan.Step> learn = new ArrayList<>();
		Set<String> seen = new java.util.HashSet<>(ticked);
		if (quiz != null && (role.equals(quiz.result().lean()) || quiz.result().lean() == null)) {
			for (QuizResultView.StepView step : quiz.nextSteps()) {
				if (learn.size() < Plan.LEARN && step.href().startsWith("/roles/" + role + "#")
						&& seen.add(step.href())) {
					learn.add(new Plan.Step(step.name(), step.href(),
							(step.because() != null) ? "plan.learn.because" : "plan.learn.named",
							(step.because() != null) ? step.because() : step.citations().size(), step.premiumPercent(),
							step.premiumSurvey(), step.citations(), step.toolNotes()));
				}
			}
		}
		if (skills != null) {
			for (SkillsResultView.LearnView item : skills.top()) {
				if (learn.size() < Plan.LEARN && seen.add(item.href())) {
					learn.add(new Plan.Step(item.name(), item.href(), "plan.learn.named", item.sources(),
							item.premiumPercent(), item.premiumSurvey(), item.citations(), item.toolNotes()));
				}
			}
		}
		return List.copyOf(learn);
	}

	private static Set<String> ticked(Catalog catalog, Ticks ticks, String role) {
		return catalog.skillsOf(role)
			.stream()
			.filter((s) -> ticks.have().contains(s.id()))
			.map((s) -> s.profileHref(role))
			.collect(Collectors.toSet());
	}

	private static Plan.Role role(Catalog catalog, String slug, Locale locale) {
		com.careercompass.career.Role role = catalog.role(slug);
		return new Plan.Role(slug, role.name().in(locale), role.shortName().in(locale));
	}

	private static @Nullable String single(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null) {
			return null;
		}
		if (values.length != 1 || values[0].isEmpty()) {
			throw new InvalidPlanException();
		}
		return values[0];
	}

	/** The plan's parameters but the country, in the address's order. */
	private List<Plan.Param> keep(Map<String, String[]> params) {
		List<Plan.Param> keep = new ArrayList<>();
		for (String name : order(true)) {
			if (!name.equals(COUNTRY) && params.containsKey(name)) {
				for (String value : params.get(name)) {
					keep.add(new Plan.Param(name, value));
				}
			}
		}
		return keep;
	}

	private List<String> order(boolean withChoices) {
		List<String> order = new ArrayList<>(List.of(QUIZ));
		this.quizzes.quiz().questions().forEach((q) -> order.add(q.code()));
		order.addAll(List.of(SKILLS, HAVE, WORK));
		if (withChoices) {
			order.addAll(List.of(ROLE, COUNTRY));
		}
		return order;
	}

	/** The plan's address, with or without its role and country. */
	private String path(Map<String, String[]> params, boolean withChoices) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/plan");
		for (String name : order(withChoices)) {
			if (params.containsKey(name)) {
				uri.queryParam(name, (Object[]) params.get(name));
			}
		}
		return uri.build().encode().toUriString();
	}

}
