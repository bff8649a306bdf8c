package com.careercompass.quiz;

import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.Role;
import com.careercompass.learning.LearningService;
import com.careercompass.learning.Route;
import com.careercompass.learning.RouteView;
import com.careercompass.system.format.Formats;

import org.jspecify.annotations.Nullable;

/**
 * A quiz result in the reader's language: what the page shows, and the API's texts.
 *
 * @param result the result itself
 * @param lean the role the answers lean towards, for a lean
 * @param other the other scored role (for a lean); the second scored role otherwise
 * @param first the first scored role (its statements are about building and running
 * systems)
 * @param second the second scored role (analysing and explaining)
 * @param picture where the answers stand
 * @param reasons answers that pointed towards the lean (or either role, for a hybrid)
 * @param against answers that pointed the other way
 * @param neighbours roles the articles only mention that answers point to
 * @param route what to learn, in stages: for a lean, the role's route; otherwise what
 * both roles share
 * @param trials without a lean, one small trial of each role's work
 * @param carried whether the answers come from a link of the previous quiz version
 * @param sharePath this result's address
 * @param editPath the form, filled with these answers
 * @param answers the answers themselves
 */
public record QuizResultView(QuizResult result, @Nullable RoleView lean, RoleView other, RoleView first,
		RoleView second, StancePicture picture, List<ReasonView> reasons, List<ReasonView> against,
		List<RoleView> neighbours, RouteView route, List<Trial> trials, boolean carried, String sharePath,
		String editPath, Answers answers) {

	public static QuizResultView of(Catalog catalog, LearningService learning, Quiz quiz, Answers answers,
			QuizResult result, boolean carried, Locale locale) {
		String a = quiz.scoredRoles().get(0);
		String b = quiz.scoredRoles().get(1);
		String leanSlug = result.lean();
		String otherSlug = (leanSlug == null) ? b : (leanSlug.equals(a) ? b : a);
		List<String> routeRoles = (leanSlug != null) ? List.of(leanSlug) : List.of(a, b);
		Route route = learning.route(routeRoles, QuizRoute.known(quiz, answers), QuizRoute.enjoyed(quiz, answers));
		List<Trial> trials = (leanSlug != null) ? List.of() : trials(catalog, learning, List.of(a, b), locale);
		return new QuizResultView(result, (leanSlug != null) ? RoleView.of(catalog.role(leanSlug), locale) : null,
				RoleView.of(catalog.role(otherSlug), locale), RoleView.of(catalog.role(a), locale),
				RoleView.of(catalog.role(b), locale), StancePicture.of(result, a, b),
				reasons(catalog, quiz, result.reasons(), a, b, locale),
				reasons(catalog, quiz, result.against(), a, b, locale),
				result.neighbours().stream().map((slug) -> RoleView.of(catalog.role(slug), locale)).toList(),
				RouteView.of(catalog, learning.data(), route, answers.resultPath(quiz), locale), trials, carried,
				answers.resultPath(quiz), answers.formPath(quiz), answers);
	}

	/**
	 * One small trial of each role's work, for a reader who leans to neither.
	 * @param catalog the facts
	 * @param learning the route's data
	 * @param roles the roles
	 * @param locale the reader's language
	 * @return a trial for each role that has one
	 */
	public static List<Trial> trials(Catalog catalog, LearningService learning, List<String> roles, Locale locale) {
		List<Trial> trials = new java.util.ArrayList<>();
		for (String slug : roles) {
			com.careercompass.career.LocalizedText text = learning.data().trials().get(slug);
			if (text != null) {
				trials.add(new Trial(RoleView.of(catalog.role(slug), locale), text.continuing(locale)));
			}
		}
		return List.copyOf(trials);
	}

	/**
	 * Each reason with the role whose work the statement describes: the role it points to
	 * when agreed with, the other scored role when disagreed with (a disagreement points
	 * away from the work the statement describes).
	 */
	private static List<ReasonView> reasons(Catalog catalog, Quiz quiz, List<QuizResult.Reason> reasons, String a,
			String b, Locale locale) {
		return reasons.stream().map((reason) -> {
			Question q = quiz.question(reason.code()).orElseThrow();
			String about = reason.agreed() ? reason.towards() : (reason.towards().equals(a) ? b : a);
			return new ReasonView(reason.code(), reason.answer(), q.text().in(locale), "quiz.scale." + reason.answer(),
					RoleView.of(catalog.role(reason.towards()), locale), RoleView.of(catalog.role(about), locale),
					reason.agreed(), (q.basis() != null) ? q.basis().in(locale) : "",
					Citation.of(catalog, q.basisSources(), locale));
		}).toList();
	}

	/**
	 * The plan made from this result (the plan reads the quiz's version from
	 * {@code quiz}, its answers as here).
	 */
	public String planPath() {
		return "/plan" + this.sharePath.substring(this.sharePath.indexOf('?')).replaceFirst("^\\?v=", "?quiz=");
	}

	/**
	 * The next steps' skill codes, for the skills check to highlight them ("suggested by
	 * your quiz").
	 */
	public String focusCodes() {
		return String.join(".", this.route.first().stream().map(RouteView.StepView::code).toList());
	}

	/** The reasons that point towards one role (without a lean, each side apart). */
	public List<ReasonView> reasonsTowards(RoleView role) {
		return this.reasons.stream().filter((reason) -> reason.towards().slug().equals(role.slug())).toList();
	}

	/** The message key of the heading. */
	public String headingKey() {
		return switch (this.result.verdict()) {
			case LEAN -> "quiz.result.lean." + this.result.strength().name().toLowerCase(Locale.ROOT);
			default -> "quiz.result." + this.result.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-');
		};
	}

	/**
	 * A role, named.
	 *
	 * @param slug the role
	 * @param name its name
	 * @param shortName its short name
	 * @param ofName its name as the complement of a noun: in French with "de", elided
	 * before a vowel, in lower case ("d’ingénieur ML", "de data scientist"); in English
	 * the name itself
	 * @param ofShortName the same for the short name
	 * @param inSentence the short name as it reads mid-sentence ("data scientist" in
	 * French)
	 */
	public record RoleView(String slug, String name, String shortName, String ofName, String ofShortName,
			String inSentence) {

		public static RoleView of(Role role, Locale locale) {
			String name = role.name().in(locale);
			String shortName = role.shortName().in(locale);
			return new RoleView(role.slug(), name, shortName, Formats.ofName(name, locale),
					Formats.ofName(shortName, locale), Formats.inSentence(shortName, locale));
		}

	}

	/**
	 * An answer that pointed towards a role, and the fact behind the statement.
	 *
	 * @param code the statement's code
	 * @param answer the answer, 1 to 5
	 * @param statement the statement
	 * @param answerKey the message key of the answer
	 * @param towards the role it points towards
	 * @param about the role whose work the statement describes
	 * @param agreed whether the answer was agreement (it points to {@code about}) or
	 * disagreement (it points away from it)
	 * @param basis the fact behind the statement, about {@code about}
	 * @param citations where the fact comes from
	 */
	public record ReasonView(String code, int answer, String statement, String answerKey, RoleView towards,
			RoleView about, boolean agreed, String basis, List<Citation> citations) {
	}

	/**
	 * A small trial of a role's work, for a reader who leans to neither.
	 *
	 * @param role the role
	 * @param text what to try (ours)
	 */
	public record Trial(RoleView role, String text) {
	}

}
