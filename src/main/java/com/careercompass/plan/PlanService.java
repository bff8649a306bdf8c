package com.careercompass.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.FactKind;
import com.careercompass.career.Skill;
import com.careercompass.quiz.InvalidAnswersException;
import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.quiz.QuizService;
import com.careercompass.role.FactView;
import com.careercompass.role.PayHeadline;
import com.careercompass.skills.InvalidSkillsLinkException;
import com.careercompass.skills.SkillsCheckResult;
import com.careercompass.skills.SkillsCheckService;
import com.careercompass.skills.SkillsResultView;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Builds a plan from its address ({@link PlanAddress}): each result read as its own page
 * reads it, the role the plan is for, pay in the chosen country, what to learn first
 * ({@link LearnFirst}) and the way in.
 */
@Service
public class PlanService {

	private final CatalogService catalogs;

	private final QuizService quizzes;

	private final SkillsCheckService checks;

	PlanService(CatalogService catalogs, QuizService quizzes, SkillsCheckService checks) {
		this.catalogs = catalogs;
		this.quizzes = quizzes;
		this.checks = checks;
	}

	/** The parameters a plan's address may carry. */
	public Set<String> parameterNames() {
		return PlanAddress.names(this.quizzes.quiz());
	}

	/**
	 * The plan an address describes.
	 * @param params the address's parameters
	 * @param locale the reader's language
	 * @return the plan, or null when the address carries nothing a plan reads
	 * @throws InvalidPlanException when a part of the address cannot be read
	 */
	public @Nullable Plan plan(Map<String, String[]> params, Locale locale) {
		Quiz quiz = this.quizzes.quiz();
		PlanAddress address = new PlanAddress(quiz, params);
		if (address.empty()) {
			return null;
		}
		QuizResultView quizView = quizResult(quiz, address.quizResult(), locale);
		SkillsCheckResult skillsResult = skillsResult(address.skillsResult());
		if (quizView == null && skillsResult == null) {
			throw new InvalidPlanException();
		}
		Catalog catalog = this.catalogs.catalog();
		SkillsResultView skillsView = (skillsResult != null) ? SkillsResultView.of(catalog, skillsResult, locale)
				: null;
		List<String> roles = quiz.scoredRoles();
		String chosen = address.single(PlanAddress.ROLE);
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
		String other = role.equals(roles.get(0)) ? roles.get(1) : roles.get(0);
		List<PayHeadline> pay = PayHeadline.of(catalog, catalog.payOf(role), locale);
		String country = address.single(PlanAddress.COUNTRY);
		PayHeadline payHere = (country == null) ? pay.stream().findFirst().orElse(null)
				: pay.stream()
					.filter((line) -> line.countryCode().equals(country))
					.findFirst()
					.orElseThrow(InvalidPlanException::new);
		SkillsResultView.RoleView skillsForRole = (skillsView != null)
				? skillsView.roles().stream().filter((r) -> r.slug().equals(role)).findFirst().orElse(null) : null;
		Set<String> ticked = (skillsResult != null)
				? skillsResult.ticks().have().stream().map(Skill::code).collect(Collectors.toSet()) : Set.of();
		List<FactView> wayIn = FactView.of(catalog, catalog.factsOf(role, FactKind.EDUCATION), locale)
			.stream()
			.limit(2)
			.toList();
		return new Plan(role(catalog, role, locale), role(catalog, other, locale), basis, quizView, skillsView,
				skillsForRole, LearnFirst.of(quizView, role, skillsForRole, ticked, address.path(true)), pay, payHere,
				wayIn, (quizView != null) ? quizView.sharePath() : null,
				(skillsResult != null) ? skillsResult.sharePath() : null, address.path(true), address.path(false),
				address.allButCountry());
	}

	private @Nullable QuizResultView quizResult(Quiz quiz, @Nullable Map<String, String[]> params, Locale locale) {
		if (params == null) {
			return null;
		}
		try {
			QuizService.Link link = this.quizzes.readLink(quiz, params);
			return this.quizzes.result(quiz, link.answers(), link.carried(), locale);
		}
		catch (InvalidAnswersException ex) {
			throw new InvalidPlanException();
		}
	}

	private @Nullable SkillsCheckResult skillsResult(@Nullable Map<String, String[]> params) {
		if (params == null) {
			return null;
		}
		try {
			return this.checks.check(params, null);
		}
		catch (InvalidSkillsLinkException ex) {
			throw new InvalidPlanException();
		}
	}

	private static Plan.Role role(Catalog catalog, String slug, Locale locale) {
		com.careercompass.career.Role role = catalog.role(slug);
		return new Plan.Role(slug, role.name().in(locale), role.shortName().in(locale),
				Formats.ofName(role.shortName().in(locale), locale));
	}

}
