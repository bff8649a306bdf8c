package com.careercompass.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.careercompass.career.Catalog;
import com.careercompass.career.CatalogService;
import com.careercompass.career.FactKind;
import com.careercompass.career.LongDate;
import com.careercompass.learning.Enjoyment;
import com.careercompass.learning.Known;
import com.careercompass.learning.LearningService;
import com.careercompass.learning.RouteView;
import com.careercompass.quiz.InvalidAnswersException;
import com.careercompass.quiz.Quiz;
import com.careercompass.quiz.QuizResultView;
import com.careercompass.quiz.QuizRoute;
import com.careercompass.quiz.QuizService;
import com.careercompass.role.FactView;
import com.careercompass.role.PayHeadline;
import com.careercompass.skills.InvalidSkillsLinkException;
import com.careercompass.skills.SkillsCheckResult;
import com.careercompass.skills.SkillsCheckService;
import com.careercompass.skills.SkillsResultView;
import com.careercompass.system.format.Formats;
import com.careercompass.system.web.BaseUrl;
import com.careercompass.system.web.LinkFormat;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Builds a plan from its address ({@link PlanAddress}): each result read as its own page
 * reads it, the role the plan is for, pay in the chosen country, what to learn first
 * ({@link LearnFirst}) and the way in.
 */
@Service
public class PlanService implements LinkFormat {

	private final CatalogService catalogs;

	private final QuizService quizzes;

	private final SkillsCheckService checks;

	private final LearningService learning;

	private final BaseUrl baseUrl;

	PlanService(CatalogService catalogs, QuizService quizzes, SkillsCheckService checks, LearningService learning,
			BaseUrl baseUrl) {
		this.baseUrl = baseUrl;
		this.catalogs = catalogs;
		this.quizzes = quizzes;
		this.checks = checks;
		this.learning = learning;
	}

	/** The parameters a plan's address may carry. */
	@Override
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
		// A damaged part is left out and named; the plan is made from what can be read.
		List<String> dropped = new ArrayList<>();
		QuizResultView quizView = readable(() -> quizResult(quiz, address.quizResult(), locale), "plan.dropped.quiz",
				dropped);
		SkillsCheckResult skillsResult = readable(() -> skillsResult(address.skillsResult()), "plan.dropped.skills",
				dropped);
		if (quizView == null && skillsResult == null) {
			throw new InvalidPlanException();
		}
		Catalog catalog = this.catalogs.catalog();
		SkillsResultView skillsView = (skillsResult != null) ? this.checks.view(skillsResult, locale) : null;
		List<String> roles = quiz.scoredRoles();
		String chosen = readable(() -> address.single(PlanAddress.ROLE), "plan.dropped.role", dropped);
		if (chosen != null && !roles.contains(chosen)) {
			dropped.add("plan.dropped.role");
			chosen = null;
		}
		PlanBasis basis = PlanBasis.of(chosen, quizView, skillsResult, roles);
		String role = basis.role();
		String other = basis.other();
		Known known = (quizView != null) ? QuizRoute.known(quiz, quizView.answers()) : Known.NOTHING;
		if (skillsResult != null) {
			known = known.withTicks(skillsResult.ticks().have());
		}
		Map<Long, Enjoyment> enjoyed = (quizView != null) ? QuizRoute.enjoyed(quiz, quizView.answers()) : Map.of();
		String back = address.path(true);
		List<Plan.PlanRoute> routes = new ArrayList<>();
		for (List<String> r : basis.routes()) {
			routes.add(new Plan.PlanRoute(role(catalog, r.get(0), locale),
					RouteView.of(catalog, this.learning.data(), this.learning.route(r, known, enjoyed), back, locale)));
		}
		List<QuizResultView.Trial> trials = (basis.kind() == PlanBasis.Kind.NONE)
				? QuizResultView.trials(catalog, this.learning, roles, locale) : List.of();
		List<PayHeadline> pay = PayHeadline.of(catalog, catalog.payOf(role), locale);
		String country = readable(() -> address.single(PlanAddress.COUNTRY), "plan.dropped.country", dropped);
		PayHeadline payHere = pay.stream()
			.filter((line) -> line.countryCode().equals(country))
			.findFirst()
			.orElse(pay.stream().findFirst().orElse(null));
		boolean countryUnknown = country != null && (payHere == null || !payHere.countryCode().equals(country));
		// for both roles, the other role's headline in the same country, when it has one
		PayHeadline payOther = (basis.both() && payHere != null) ? PayHeadline.of(catalog, catalog.payOf(other), locale)
			.stream()
			.filter((line) -> line.countryCode().equals(payHere.countryCode()))
			.findFirst()
			.orElse(null) : null;
		SkillsResultView.RoleView skillsForRole = (skillsView != null)
				? skillsView.roles().stream().filter((r) -> r.slug().equals(role)).findFirst().orElse(null) : null;
		List<FactView> wayIn = FactView.of(catalog, catalog.wayInOf(role, locale), locale).stream().limit(2).toList();
		return new Plan(role(catalog, role, locale), role(catalog, other, locale), basis.kind().name(), quizView,
				skillsView, skillsForRole, List.copyOf(routes), trials, basis.both(), List.copyOf(dropped),
				countryUnknown, pay, payHere, payOther, wayIn, (quizView != null) ? quizView.sharePath() : null,
				(skillsResult != null) ? skillsResult.sharePath() : null, back, address.path(false),
				address.allButCountry(), LongDate.format(catalog.reviewedOn(), locale),
				this.baseUrl.get() + back + (back.contains("?") ? "&" : "?") + "lang=" + locale.getLanguage());
	}

	/** A part of the address, or null (and its key in dropped) when it cannot be read. */
	private static <T> @Nullable T readable(java.util.function.Supplier<@Nullable T> part, String key,
			List<String> dropped) {
		try {
			return part.get();
		}
		catch (InvalidPlanException ex) {
			dropped.add(key);
			return null;
		}
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
