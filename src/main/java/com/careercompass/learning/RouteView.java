package com.careercompass.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.careercompass.career.Catalog;
import com.careercompass.career.Citation;
import com.careercompass.career.Skill;
import com.careercompass.career.ToolNoteText;

import org.jspecify.annotations.Nullable;

/**
 * A route in the reader's language, as every page and the API show it.
 *
 * @param roles the role, or the two roles whose shared ground it is
 * @param languageMet whether the person has a programming language already
 * @param languages the languages they ticked
 * @param languageFromBackground whether their background brings the language
 * @param background their background's name, or null
 * @param brought what that background usually brings (left out of the route)
 * @param steps the steps, first first
 * @param aptitudes the aptitudes asked for, apart
 * @param startsChecked when the places to start were checked
 */
public record RouteView(List<String> roles, boolean languageMet, List<String> languages, boolean languageFromBackground,
		@Nullable String background, List<String> brought, List<StepView> steps, List<String> aptitudes,
		String startsChecked) {

	/** How many steps the pages show before the rest is folded away. */
	public static final int FIRST = 5;

	public static RouteView of(Catalog catalog, LearningData data, Route route, String back, Locale locale) {
		List<StepView> steps = route.steps()
			.stream()
			.map((step) -> StepView.of(catalog, data, step, route.roles(), back, locale))
			.toList();
		Known known = route.known();
		List<String> brought = afterColon(
				catalog.skills().stream().filter((s) -> known.brought().contains(s.id())).map(Skill::name).toList(),
				locale);
		return new RouteView(route.roles(), route.languageMet(),
				route.languages().stream().map((s) -> s.name().in(locale)).toList(),
				known.language() && route.languages().isEmpty(),
				(known.background() != null) ? midSentence(known.background().in(locale)) : null, brought, steps,
				afterColon(route.aptitudes().stream().map(Skill::name).toList(), locale),
				com.careercompass.career.LongDate.format(data.startsChecked(), locale));
	}

	/**
	 * Names listed after a colon: each continues the sentence (in French, in lower case
	 * unless it is a name).
	 * @param names the names
	 * @param locale the reader's language
	 * @return the names as shown
	 */
	static List<String> afterColon(List<com.careercompass.career.LocalizedText> names, Locale locale) {
		List<String> shown = new ArrayList<>();
		for (com.careercompass.career.LocalizedText name : names) {
			shown.add(name.continuing(locale));
		}
		return List.copyOf(shown);
	}

	/** A label as it reads mid-sentence: "in software development". */
	private static String midSentence(String label) {
		return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	/** The first steps, shown at once. */
	public List<StepView> first() {
		return this.steps.stream().limit(FIRST).toList();
	}

	/** The other steps, shown on demand. */
	public List<StepView> rest() {
		return this.steps.stream().skip(FIRST).toList();
	}

	/** The number the folded list starts at. */
	public int restStart() {
		return FIRST + 1;
	}

	/**
	 * One step.
	 *
	 * @param code the named skill's code
	 * @param title the ability: the family's name, or the skill's
	 * @param stage its stage
	 * @param members for a family, every name the articles use for it, for either role
	 * (ours to group)
	 * @param familyNote why we group them, or null
	 * @param alternatives for the foundation, the other languages that would do
	 * @param evidence how many of the role's articles name it
	 * @param evidenceKey the message key saying so (for one role, or for both)
	 * @param premiumPercent its pay premium for the role, or null
	 * @param premiumSurvey the survey reporting it, or null
	 * @param citations the articles on the role that name it (and the premium's)
	 * @param href where to learn it: its page, with the way back
	 * @param toolNotes our notes on stopped tools it names
	 * @param because the statement the person agreed with that leads here, or null
	 * @param start where to start, or null when we found no free official place
	 * @param proof a small piece of work that shows it (ours)
	 */
	public record StepView(String code, String title, Stage stage, List<String> members, @Nullable String familyNote,
			List<String> alternatives, int evidence, String evidenceKey, @Nullable Integer premiumPercent,
			@Nullable String premiumSurvey, List<Citation> citations, String href, List<ToolNoteText> toolNotes,
			@Nullable String because, @Nullable StartView start, String proof) {

		static StepView of(Catalog catalog, LearningData data, Route.Step step, List<String> roles, String back,
				Locale locale) {
			String role = roles.get(0);
			int articlesOf = roles.size();
			Skill skill = step.skill();
			List<String> sources = new ArrayList<>(LearningRoute.sources(data, roles, step.members()));
			if (step.premium() != null && !sources.contains(step.premium().sourceId())) {
				sources.add(step.premium().sourceId());
			}
			Family family = step.family();
			SkillRoute place = data.route(skill.id());
			List<ToolNoteText> notes = step.members()
				.stream()
				.flatMap((s) -> ToolNoteText.of(s, locale).stream())
				.toList();
			return new StepView(Skill.code(skill.id()),
					(family != null) ? family.name().in(locale) : skill.name().in(locale), step.stage(),
					(family != null) ? afterColon(family.members()
						.stream()
						.flatMap((id) -> catalog.skills().stream().filter((x) -> x.id() == id))
						.map(Skill::name)
						.toList(), locale) : List.of(),
					(family != null) ? family.note().in(locale) : null,
					step.alternatives().stream().map((s) -> s.name().in(locale)).toList(), step.evidence(),
					(articlesOf > 1) ? "route.evidence.both" : "route.evidence",
					(step.premium() != null) ? step.premium().percent() : null,
					(step.premium() != null) ? step.premium().survey() : null, Citation.of(catalog, sources, locale),
					LearnPage.href(skill, role, back), notes,
					(step.enjoyed() != null) ? step.enjoyed().statement().in(locale) : null,
					StartView.of(data.start(skill.id()), locale),
					(place != null) ? place.proof().continuing(locale) : "");
		}

	}

	/**
	 * A place to start, in the reader's language where the publisher offers one.
	 *
	 * @param title its title
	 * @param publisher its publisher
	 * @param url its address
	 * @param what what it covers (ours)
	 * @param english whether a French reader is sent to the English version
	 * @param titleLang the title's language when it differs from the page's, or null
	 */
	public record StartView(String title, String publisher, String url, String what, boolean english,
			@Nullable String titleLang) {

		private static final java.util.regex.Pattern ASIDE = java.util.regex.Pattern
			.compile("\\s*\\([^()]*\\b(French|official|English|translation|locale)\\b[^()]*\\)");

		static @Nullable StartView of(@Nullable Start start, Locale locale) {
			if (start == null) {
				return null;
			}
			boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
			if (french && start.frenchUrl() != null) {
				return new StartView(plain(java.util.Objects.requireNonNull(start.frenchTitle())),
						plain(java.util.Objects.requireNonNull(start.frenchPublisher())), start.frenchUrl(),
						start.what().in(locale), false, start.frenchTitleInFrench() ? null : "en");
			}
			return new StartView(start.title(), french ? plain(start.publisher()) : start.publisher(), start.url(),
					start.what().in(locale), french, french ? "en" : null);
		}

		/**
		 * A title or publisher without an English aside in brackets ("(French locale)",
		 * "(official French translation on …)"): notes for editors, not French readers.
		 */
		static String plain(String text) {
			return ASIDE.matcher(text).replaceAll("").trim();
		}

	}

}
